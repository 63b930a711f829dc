// Runs a libFuzzer target's LLVMFuzzerTestOneInput over files, without libFuzzer:
// every file given, and every file below each directory given, in sorted order.
// Built with the normal compiler so ctest replays the seed corpus (and any saved crash) on every run.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace fs = std::filesystem;

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);

    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        const fs::path arg(argv[i]);
        std::error_code ec;
        if (fs::is_directory(arg, ec)) {
            for (const fs::directory_entry &entry : fs::recursive_directory_iterator(arg)) {
                if (entry.is_regular_file())
                    files.push_back(entry.path());
            }
        } else if (fs::is_regular_file(arg, ec)) {
            files.push_back(arg);
        } else {
            std::fprintf(stderr, "replay: no such file or directory: %s\n", argv[i]);
            return 1;
        }
    }
    std::sort(files.begin(), files.end());

    std::size_t replayed = 0;
    for (const fs::path &file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "replay: cannot read %s\n", file.c_str());
            return 1;
        }
        const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        // A stable, non-null pointer even for an empty file, as libFuzzer passes.
        static const uint8_t empty = 0;
        const uint8_t *data = bytes.empty() ? &empty : reinterpret_cast<const uint8_t *>(bytes.data());
        LLVMFuzzerTestOneInput(data, bytes.size());
        ++replayed;
    }
    std::printf("replayed %zu inputs\n", replayed);
    return 0;
}
