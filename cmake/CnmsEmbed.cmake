# cnms_embed_text(TARGET NAME FILE): compiles FILE into TARGET as a function
#   std::string_view cnms::embedded::NAME()
# so that the Qt-free core carries its reference data (factor tables, clause catalogue)
# without reading any file at run time.
function(cnms_embed_text target name file)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded/${name}.cpp")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DIN=${file} -DOUT=${out} -DNAME=${name}
            -P "${PROJECT_SOURCE_DIR}/cmake/CnmsEmbedScript.cmake"
    DEPENDS "${file}" "${PROJECT_SOURCE_DIR}/cmake/CnmsEmbedScript.cmake"
    COMMENT "Embedding ${file}")
  target_sources(${target} PRIVATE "${out}")
endfunction()
