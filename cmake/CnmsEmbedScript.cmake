# Writes OUT: a C++ source with the bytes of IN as an array, exposed as cnms::embedded::NAME().
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" hexlen)
math(EXPR size "${hexlen} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE "${OUT}" "// Generated from ${IN}; do not edit.\n#include <string_view>\nnamespace {\nconst unsigned char kData[] = {${bytes} 0};\n}\nnamespace cnms::embedded {\nstd::string_view ${NAME}() { return {reinterpret_cast<const char*>(kData), ${size}}; }\n}\n")
