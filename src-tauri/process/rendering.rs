//! How the window is drawn where there is no graphics processor. WebKitGTK
//! composites its pages with OpenGL; with no GPU to run it on (a virtual
//! machine, a remote desktop, a headless display) that OpenGL is Mesa's
//! software rasteriser, and compositing then costs more than it gives: on the
//! heavy ledger the first frame took over 100 ms longer to paint and the web
//! process held about 80 MiB more (docs/performance.md). Without a GPU render
//! node, Balans asks WebKit to draw without compositing, which is what
//! `WEBKIT_DISABLE_COMPOSITING_MODE` does; a user who set that variable keeps
//! their own choice. The bare window the start time is compared with
//! (`benches/bare-window`) includes this file, so the floor is drawn the same way.

/// Decides, before the first window and so before WebKit's web process
/// starts, whether WebKit should composite. Call it while the process has
/// one thread: it may set an environment variable.
#[cfg(target_os = "linux")]
pub fn choose_compositing() {
    const SWITCH: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
    if std::env::var_os(SWITCH).is_some() {
        return;
    }
    let render_nodes = std::fs::read_dir("/dev/dri")
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok());
    let forced_software = std::env::var("LIBGL_ALWAYS_SOFTWARE").ok();
    if draws_in_software(render_nodes, forced_software.as_deref()) {
        std::env::set_var(SWITCH, "1");
    }
}

/// Elsewhere the web view composites on the platform's own terms.
#[cfg(not(target_os = "linux"))]
pub fn choose_compositing() {}

/// Whether OpenGL here can only be software: no render node under
/// `/dev/dri` (the names listed), or Mesa told to use software anyway.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn draws_in_software(
    mut dri_entries: impl Iterator<Item = String>,
    libgl_always_software: Option<&str>,
) -> bool {
    let forced = libgl_always_software.is_some_and(|value| !matches!(value, "" | "0" | "false"));
    forced || !dri_entries.any(|name| name.starts_with("renderD"))
}

#[cfg(test)]
mod tests {
    use super::draws_in_software;

    fn entries<'a>(names: &'a [&str]) -> impl Iterator<Item = String> + 'a {
        names.iter().map(|name| name.to_string())
    }

    #[test]
    fn a_render_node_means_a_gpu() {
        assert!(!draws_in_software(entries(&["card0", "renderD128"]), None));
        assert!(!draws_in_software(entries(&["renderD128"]), Some("0")));
    }

    #[test]
    fn no_render_node_or_forced_software_means_software() {
        assert!(draws_in_software(entries(&[]), None));
        assert!(draws_in_software(entries(&["card0"]), None));
        assert!(draws_in_software(entries(&["renderD128"]), Some("1")));
        assert!(draws_in_software(entries(&["renderD128"]), Some("true")));
    }
}
