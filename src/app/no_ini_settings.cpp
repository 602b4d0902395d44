// Leaves the C library's scanf machinery out of the wasm. Dear ImGui reads its .ini layout file
// with sscanf, but Leeway turns that file off (io.IniFilename = nullptr in main.cpp) and nothing
// else in the app calls sscanf. The web link wraps it (see CMakeLists.txt), so the C library's
// version is dropped as unused. Should anything call it after all, it reads nothing, which every
// caller in Dear ImGui handles as a line it does not know. -3 KB gzip.

// NOLINTNEXTLINE(bugprone-reserved-identifier): the name the linker's --wrap looks for
extern "C" int __wrap_sscanf(const char*, const char*, ...) { return 0; }
