# Warnings and sanitizers for every target of the project, set once here.
add_library(cnms_options INTERFACE)
target_compile_options(cnms_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local)
if(CNMS_WARNINGS_AS_ERRORS)
  target_compile_options(cnms_options INTERFACE -Werror)
endif()
if(CNMS_SANITIZE)
  # Global so that every object, test and third-party static library agree on the runtime.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
