// Tests run lit-html's development build (it checks bindings more strictly); its one-off
// "Lit is in dev mode" notice is noise in test output, so it is marked as already issued.
const lit = globalThis as { litIssuedWarnings?: Set<string> }
lit.litIssuedWarnings ??= new Set()
lit.litIssuedWarnings.add('dev-mode')
