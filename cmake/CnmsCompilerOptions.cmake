# Warnings and sanitizers for every target of the project, set once here.
add_library(cnms_options INTERFACE)
target_compile_options(cnms_options INTERFACE -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>)
if(CNMS_WARNINGS_AS_ERRORS)
  target_compile_options(cnms_options INTERFACE -Werror)
endif()
if(CNMS_SANITIZE)
  # Global so that every object, test and third-party static library agree on the runtime.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
if(CNMS_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "CNMS_FUZZ needs clang: configure with CC=clang CXX=clang++")
  endif()
  # Coverage instrumentation everywhere; libFuzzer's main is linked into the fuzz_* executables only.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
