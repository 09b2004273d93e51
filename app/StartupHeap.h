// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

/// The wizard's heap, grown once in a block the kernel may back with
/// transparent huge pages.
///
/// Why: up to its first painted page the wizard fills its heap one 4 KiB
/// page fault at a time: some 2,200 minor faults for a returning user's
/// start, against 1,600 for an empty QWizard. Where transparent huge pages
/// are "madvise" (Debian's default), a region the program advises is faulted
/// in 2 MiB at a time: 1,400 to 1,600 faults, and that start 0.75 ms (4%)
/// faster, measured in shuffled order against the same build (README,
/// "Performance"). The cost is resident memory: up to one partly used huge
/// page more, about 2 MB.
///
/// glibc's `glibc.malloc.hugetlb=1` tunable does the same, but glibc reads
/// tunables only from the environment at exec(); so the program grows the heap
/// itself, before QtWidgets allocates, and asks for huge pages on it.
namespace StartupHeap {

/// What reserve() advised: a 2 MiB-aligned part of the brk heap.
struct Region
{
    void *start = nullptr;
    std::size_t length = 0;
};

/// Grows glibc's main heap by `bytes` now, keeps it from being trimmed
/// back below that, and advises the whole 2 MiB blocks of the new part for
/// transparent huge pages. An empty region where there is nothing to do: not
/// Linux with glibc, another allocator (sanitizers replace malloc), or a kernel
/// without transparent huge pages. Call once, at the start of the GUI path.
Region reserve(std::size_t bytes);

/// The size the program reserves: 4 MiB was slower, 12 and 16 MiB no faster
/// (shuffled A/B, 250 starts each).
constexpr std::size_t wizardBytes = std::size_t(8) << 20;

} // namespace StartupHeap
