# cmake --install: headers, libjixiao.so.1 (C ABI), the C++ archive, a CMake package
# (find_package(jixiao) → jixiao::c, jixiao::jixiao), a pkg-config file and the example documents.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# Two export sets: a C consumer must not need a C++ compiler or Boost to find jixiao::c.
install(TARGETS jixiao_c EXPORT jixiaoCTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS jixiao_cxx EXPORT jixiaoCxxTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${PROJECT_SOURCE_DIR}/capi/include/jixiao.h ${PROJECT_SOURCE_DIR}/capi/include/jixiao.hpp
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/jixiao DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/ DESTINATION ${CMAKE_INSTALL_DATADIR}/jixiao/examples
  FILES_MATCHING PATTERN "*.json" PATTERN "*.txt" PATTERN "*.md" PATTERN "*.c")

install(EXPORT jixiaoCTargets NAMESPACE jixiao:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/jixiao)
install(EXPORT jixiaoCxxTargets NAMESPACE jixiao:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/jixiao)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/jixiaoConfig.cmake.in
  ${PROJECT_BINARY_DIR}/jixiaoConfig.cmake INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/jixiao)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/jixiaoConfigVersion.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/jixiaoConfig.cmake ${PROJECT_BINARY_DIR}/jixiaoConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/jixiao)

file(RELATIVE_PATH JIXIAO_PC_PREFIX_FROM_PCDIR
  /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
configure_file(${PROJECT_SOURCE_DIR}/cmake/jixiao.pc.in ${PROJECT_BINARY_DIR}/jixiao.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/jixiao.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
