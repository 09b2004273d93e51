// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

/// The icons beside a status in the wizard's tables (a domain accepted, an SPF
/// record broken, a check running), drawn by the program as vectors.
///
/// The style's message-box icons are PNG files: the first image Qt reads makes
/// it load and query every image-format plugin and the SVG icon engine, about
/// 5 ms on the CI machine, paid in the first paint of a session restored on
/// the Domains page. These cost nothing to create, are sharp at any scale,
/// and read the same on a dark theme.
namespace StatusIcons {

enum class Kind {
    Ok,          ///< a green disc with a check mark
    Information, ///< a blue disc with an "i"
    Warning,     ///< an amber triangle with an "!"
    Error,       ///< a red disc with a cross
    Busy,        ///< a blue circular arrow: being checked
};

QIcon icon(Kind kind);

} // namespace StatusIcons
