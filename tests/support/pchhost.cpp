// Compiled only to host a precompiled header that test executables of one kind reuse (tests/CMakeLists.txt).
