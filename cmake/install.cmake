# cmake --install: headers, libjixiao.so.1 (C ABI), the C++ archive, a CMake package
# (find_package(jixiao) → jixiao::c, jixiao::jixiao), a pkg-config file and the example documents.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS jixiao_c jixiao_cxx EXPORT jixiaoTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} NAMELINK_COMPONENT development
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${PROJECT_SOURCE_DIR}/capi/include/jixiao.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/jixiao DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/ DESTINATION ${CMAKE_INSTALL_DATADIR}/jixiao/examples
  FILES_MATCHING PATTERN "*.json" PATTERN "*.txt" PATTERN "*.md")

install(EXPORT jixiaoTargets NAMESPACE jixiao:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/jixiao)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/jixiaoConfig.cmake.in
  ${PROJECT_BINARY_DIR}/jixiaoConfig.cmake INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/jixiao)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/jixiaoConfigVersion.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/jixiaoConfig.cmake ${PROJECT_BINARY_DIR}/jixiaoConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/jixiao)

configure_file(${PROJECT_SOURCE_DIR}/cmake/jixiao.pc.in ${PROJECT_BINARY_DIR}/jixiao.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/jixiao.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
