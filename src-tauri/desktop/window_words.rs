//! The window's own words, from the core's catalogue (`window.ftl` in each
//! language), handed to the page before any of its scripts runs: the page
//! has them from its first line, without a call to wait for, in both
//! languages so a change of language in the settings needs nothing more.

use balans_core::{words, Language};
use tauri::plugin::{Builder, TauriPlugin};
use tauri::Runtime;

/// The script that sets `balansWindowWords` (`ui/lib/i18n.js` reads it).
fn script() -> String {
    let words = serde_json::json!({
        "en": words::window_words(Language::En),
        "nl": words::window_words(Language::Nl),
    });
    format!("Object.defineProperty(globalThis, \"balansWindowWords\", {{ value: Object.freeze({words}) }});")
}

/// A plugin of one init script and no commands.
pub fn plugin<R: Runtime>() -> TauriPlugin<R> {
    Builder::new("window-words")
        .js_init_script(script())
        .build()
}
