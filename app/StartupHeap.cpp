// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupHeap.h"

#if defined(__linux__) && defined(__GLIBC__)
#include <cstdint>
#include <cstdlib>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace StartupHeap {

#if defined(__linux__) && defined(__GLIBC__)

Region reserve(std::size_t bytes)
{
    constexpr std::uintptr_t hugePage = std::uintptr_t(2) << 20;
    constexpr std::size_t defaultMmapThreshold = 128 * 1024;
    if (bytes == 0 || bytes > std::size_t(16) << 20)
        return {};
    // The padding keeps glibc from trimming the heap's top back below `bytes`
    // (it trims to the padding) and makes each later growth that much larger.
    // Both settings fix glibc's mmap() threshold at its default, which it
    // would otherwise raise as large blocks are freed.
    if (mallopt(M_TOP_PAD, int(bytes)) != 1)
        return {};
    const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
    // One block below the mmap() threshold for a moment, so that it comes
    // from the heap and grows it; `volatile` keeps the compiler from removing
    // the pair.
    mallopt(M_MMAP_THRESHOLD, int(2 * bytes));
    void *volatile block = std::malloc(bytes);
    std::free(block);
    mallopt(M_MMAP_THRESHOLD, int(defaultMmapThreshold));
    const auto after = reinterpret_cast<std::uintptr_t>(sbrk(0));
    // Under a sanitizer's allocator, or if the heap could not grow, sbrk(0) has not moved.
    const std::uintptr_t start = (before + hugePage - 1) & ~(hugePage - 1);
    const std::uintptr_t end = after & ~(hugePage - 1);
    if (end <= start)
        return {};
    if (madvise(reinterpret_cast<void *>(start), end - start, MADV_HUGEPAGE) != 0)
        return {}; // a kernel without transparent huge pages
    return {reinterpret_cast<void *>(start), std::size_t(end - start)};
}

#else

Region reserve(std::size_t)
{
    return {};
}

#endif

} // namespace StartupHeap
