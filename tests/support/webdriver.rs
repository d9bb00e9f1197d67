//! A small W3C WebDriver client: just the commands the end-to-end tests (and
//! the desktop tests that drive the window) use, spoken as JSON over HTTP to
//! tauri-driver. Included by path.

use std::error::Error;
use std::fmt;
use std::path::Path;
use std::thread::sleep;
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{json, Value};

/// The key under which WebDriver names an element reference.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";
/// WebDriver's codes for keys that are not characters.
pub const BACKSPACE: &str = "\u{E003}";
pub const CONTROL: &str = "\u{E009}";
pub const ENTER: &str = "\u{E007}";
pub const ESCAPE: &str = "\u{E00C}";

/// How long a wait polls before it gives up.
pub const WAIT: Duration = Duration::from_secs(15);

/// A failed WebDriver command, with what the driver said.
#[derive(Debug)]
pub struct DriverError(pub String);

impl fmt::Display for DriverError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Error for DriverError {}

pub type Result<T> = std::result::Result<T, DriverError>;

/// One browser session: one launch of the app.
pub struct Session {
    agent: ureq::Agent,
    url: String,
    closed: bool,
}

/// A reference to an element on the page.
#[derive(Debug, Clone)]
pub struct Element(String);

fn request(agent: &ureq::Agent, method: &str, url: &str, body: Option<Value>) -> Result<Value> {
    let failed = |e: ureq::Error| DriverError(format!("{method} {url}: {e}"));
    let mut response = match (method, body) {
        ("GET", _) => agent.get(url).call(),
        ("DELETE", _) => agent.delete(url).call(),
        (_, body) => agent.post(url).send_json(body.unwrap_or_else(|| json!({}))),
    }
    .map_err(failed)?;
    let status = response.status();
    let reply: Value = response
        .body_mut()
        .with_config()
        .limit(64 * 1024 * 1024)
        .read_json()
        .map_err(failed)?;
    let value = reply.get("value").cloned().unwrap_or(Value::Null);
    if status.is_success() {
        Ok(value)
    } else {
        Err(DriverError(format!(
            "{method} {url} answered {status}: {} {}",
            value["error"].as_str().unwrap_or("?"),
            value["message"].as_str().unwrap_or("")
        )))
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into()
}

/// Whether a WebDriver server answers at `base`.
pub fn is_ready(base: &str) -> bool {
    request(&agent(), "GET", &format!("{base}/status"), None).is_ok()
}

impl Session {
    /// Starts a session with these capabilities (which launches the app).
    pub fn start(base: &str, capabilities: Value) -> Result<Session> {
        let agent = agent();
        let body = json!({"capabilities": {"alwaysMatch": capabilities}});
        let created = request(&agent, "POST", &format!("{base}/session"), Some(body))?;
        let id = created["sessionId"]
            .as_str()
            .ok_or_else(|| DriverError(format!("no session id in {created}")))?;
        Ok(Session {
            agent,
            url: format!("{base}/session/{id}"),
            closed: false,
        })
    }

    fn get(&self, path: &str) -> Result<Value> {
        request(&self.agent, "GET", &format!("{}{path}", self.url), None)
    }

    fn post(&self, path: &str, body: Value) -> Result<Value> {
        request(
            &self.agent,
            "POST",
            &format!("{}{path}", self.url),
            Some(body),
        )
    }

    fn element_from(value: &Value) -> Result<Element> {
        value[ELEMENT_KEY]
            .as_str()
            .map(|id| Element(id.to_owned()))
            .ok_or_else(|| DriverError(format!("not an element: {value}")))
    }

    /// All elements that match a CSS selector now.
    pub fn find_all(&self, css: &str) -> Result<Vec<Element>> {
        let found = self.post("/elements", json!({"using": "css selector", "value": css}))?;
        found
            .as_array()
            .map(|items| items.iter().map(Session::element_from).collect())
            .unwrap_or_else(|| Ok(Vec::new()))
    }

    /// Polls until `check` gives `Some`, or fails after [`WAIT`] saying what was awaited.
    pub fn wait_until<T>(
        &self,
        what: &str,
        mut check: impl FnMut() -> Result<Option<T>>,
    ) -> Result<T> {
        let deadline = Instant::now() + WAIT;
        let mut last_error = String::new();
        loop {
            match check() {
                Ok(Some(found)) => return Ok(found),
                Ok(None) => {}
                Err(e) => last_error = e.0,
            }
            if Instant::now() > deadline {
                return Err(DriverError(format!(
                    "gave up waiting for {what} after {WAIT:?} {last_error}"
                )));
            }
            sleep(Duration::from_millis(100));
        }
    }

    /// The first element matching `css`, waiting for it to appear.
    pub fn find(&self, css: &str) -> Result<Element> {
        self.wait_until(&format!("an element matching {css:?}"), || {
            Ok(self.find_all(css)?.into_iter().next())
        })
    }

    /// Waits until the element matching `css` shows exactly `expected`.
    pub fn wait_for_text(&self, css: &str, expected: &str) -> Result<()> {
        let mut seen = String::new();
        self.wait_until(&format!("{css:?} to read {expected:?}"), || {
            let Some(element) = self.find_all(css)?.into_iter().next() else {
                return Ok(None);
            };
            seen = self.text(&element)?;
            Ok((seen == expected).then_some(()))
        })
        .map_err(|e| DriverError(format!("{e}; last seen {seen:?}")))
    }

    /// Clicks `element` as a user would: scrolled to first and drawn. Long
    /// lists draw only the rows near the view (`content-visibility`), and
    /// WebDriver checks that the element is drawn before the next frame
    /// would draw it.
    pub fn click(&self, element: &Element) -> Result<()> {
        self.execute_async(
            "const [element, drawn] = arguments;
             element.scrollIntoView({ block: 'nearest' });
             requestAnimationFrame(() => requestAnimationFrame(drawn));",
            json!([{ ELEMENT_KEY: element.0 }]),
        )?;
        self.post(&format!("/element/{}/click", element.0), json!({}))
            .map(drop)
    }

    /// Clicks the first element matching `css`, waiting for it.
    pub fn click_on(&self, css: &str) -> Result<()> {
        self.on_current(css, |element| self.click(element))
    }

    /// Does `act` on the first element matching `css`. A page that redraws
    /// between finding the element and acting on it leaves a stale reference;
    /// then the element is looked up again, a few times at most.
    fn on_current<T>(&self, css: &str, act: impl Fn(&Element) -> Result<T>) -> Result<T> {
        const REDRAWS: usize = 5;
        let mut redraws = 0;
        loop {
            let element = self.find(css)?;
            match act(&element) {
                Err(e) if e.0.contains("stale element reference") && redraws < REDRAWS => {
                    redraws += 1;
                    sleep(Duration::from_millis(100));
                }
                done => return done,
            }
        }
    }

    pub fn clear(&self, element: &Element) -> Result<()> {
        self.post(&format!("/element/{}/clear", element.0), json!({}))
            .map(drop)
    }

    /// Types `text` into the element, as keystrokes.
    pub fn type_into(&self, element: &Element, text: &str) -> Result<()> {
        self.post(
            &format!("/element/{}/value", element.0),
            json!({"text": text}),
        )
        .map(drop)
    }

    /// Replaces the content of the field matching `css` with `text`.
    pub fn fill(&self, css: &str, text: &str) -> Result<()> {
        self.on_current(css, |element| {
            self.clear(element)?;
            self.type_into(element, text)
        })
    }

    /// The rendered text of an element.
    pub fn text(&self, element: &Element) -> Result<String> {
        let value = self.get(&format!("/element/{}/text", element.0))?;
        Ok(value.as_str().unwrap_or_default().to_owned())
    }

    /// Presses `keys` together (in order) and releases them in reverse, as one
    /// chord: `&[CONTROL, "n"]` is Ctrl+N. Goes to whatever has focus.
    pub fn chord(&self, keys: &[&str]) -> Result<()> {
        let mut actions: Vec<Value> = keys
            .iter()
            .map(|k| json!({"type": "keyDown", "value": k}))
            .collect();
        actions.extend(
            keys.iter()
                .rev()
                .map(|k| json!({"type": "keyUp", "value": k})),
        );
        self.post(
            "/actions",
            json!({"actions": [{"type": "key", "id": "keyboard", "actions": actions}]}),
        )?;
        self.request_release()
    }

    fn request_release(&self) -> Result<()> {
        request(
            &self.agent,
            "DELETE",
            &format!("{}/actions", self.url),
            None,
        )
        .map(drop)
    }

    /// Runs a script in the page and returns its result.
    pub fn execute(&self, script: &str, args: Value) -> Result<Value> {
        self.post("/execute/sync", json!({"script": script, "args": args}))
    }

    /// Runs a script in the page that finishes by calling its last argument,
    /// and returns what it was called with.
    pub fn execute_async(&self, script: &str, args: Value) -> Result<Value> {
        self.post("/execute/async", json!({"script": script, "args": args}))
    }

    /// Saves a PNG of the window's page to `path`, once what changed last is painted.
    pub fn screenshot(&self, path: &Path) -> Result<()> {
        self.execute_async(
            "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done()));",
            json!([]),
        )?;
        let encoded = self.get("/screenshot")?;
        let png = base64::engine::general_purpose::STANDARD
            .decode(encoded.as_str().unwrap_or_default())
            .map_err(|e| DriverError(format!("screenshot was not base64: {e}")))?;
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| DriverError(e.to_string()))?;
        }
        std::fs::write(path, png).map_err(|e| DriverError(format!("{}: {e}", path.display())))
    }

    /// Ends the session, which quits the app.
    pub fn quit(mut self) -> Result<()> {
        self.closed = true;
        request(&self.agent, "DELETE", &self.url, None).map(drop)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if !self.closed {
            let _ = request(&self.agent, "DELETE", &self.url, None);
        }
    }
}
