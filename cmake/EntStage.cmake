# ent_add_stage(NAME <stage> DEPS <targets...>): one static library per pipeline stage folder.
function(ent_add_stage)
  cmake_parse_arguments(S "" "NAME" "DEPS" ${ARGN})
  file(GLOB srcs CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  add_library(ent_${S_NAME} STATIC ${srcs})
  target_include_directories(ent_${S_NAME} PUBLIC ${PROJECT_SOURCE_DIR}/src ${PROJECT_BINARY_DIR}/generated)
  target_link_libraries(ent_${S_NAME} PUBLIC ${S_DEPS} PRIVATE ent_warnings)
  add_library(ent::${S_NAME} ALIAS ent_${S_NAME})
endfunction()
