// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Parse-checks PowerShell files with the tree-sitter PowerShell grammar (WebAssembly).
// There is no pwsh on Debian, so this is the closest offline check: it catches an
// unclosed @{, an unbalanced quote, a dangling operator. It knows nothing of cmdlets.
//   node pscheck.cjs FILE.ps1...
// Prints "ok FILE" or every ERROR/MISSING node with its position; exit 0 when every
// file parses cleanly, 1 when any does not, 2 on a usage or set-up problem.
'use strict';

const fs = require('fs');
const path = require('path');
const v8 = require('v8');

// The grammar is a 1 MB WebAssembly module. V8 recompiles its hot functions with
// the optimising tier in the background, and on a loaded machine exit() waits
// minutes for that work; the baseline compiler alone parses a snippet in well under
// a second. Must be set before the module is compiled.
v8.setFlagsFromString('--liftoff-only');

async function main() {
    const files = process.argv.slice(2);
    if (files.length === 0) {
        console.error('usage: node pscheck.cjs FILE.ps1...');
        return 2;
    }
    let Parser, Language;
    try {
        ({ Parser, Language } = require('web-tree-sitter'));
    } catch (e) {
        console.error('web-tree-sitter is not installed (run tools/npm-deps.sh): ' + e.message);
        return 2;
    }
    await Parser.init();
    const wasm = path.join(path.dirname(require.resolve('tree-sitter-powershell/package.json')),
                           'tree-sitter-powershell.wasm');
    const language = await Language.load(wasm);
    const parser = new Parser();
    parser.setLanguage(language);

    let status = 0;
    for (const file of files) {
        const text = fs.readFileSync(file, 'utf8');
        const tree = parser.parse(text);
        const problems = [];
        const walk = (node) => {
            if (node.isError || node.type === 'ERROR')
                problems.push(`ERROR at ${node.startPosition.row + 1}:${node.startPosition.column + 1}: `
                              + JSON.stringify(node.text.slice(0, 80)));
            else if (node.isMissing)
                problems.push(`MISSING ${node.type} at ${node.startPosition.row + 1}:${node.startPosition.column + 1}`);
            for (let i = 0; i < node.childCount; ++i)
                walk(node.child(i));
        };
        walk(tree.rootNode);
        if (problems.length === 0 && tree.rootNode.hasError)
            problems.push('the tree reports an error but no ERROR/MISSING node was found');
        if (problems.length === 0 && tree.rootNode.namedChildCount === 0 && text.trim() !== '')
            problems.push('nothing was parsed');
        if (problems.length > 0) {
            status = 1;
            console.log(`fail ${file}`);
            for (const p of problems)
                console.log('  ' + p);
        } else {
            console.log(`ok ${file}`);
        }
        tree.delete();
    }
    return status;
}

main().then((code) => process.exit(code), (e) => {
    console.error(e && e.stack ? e.stack : String(e));
    process.exit(2);
});
