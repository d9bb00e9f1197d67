//! Two real Syncthing instances on this machine, sharing one folder, so a
//! test can see what the app's files do when Syncthing carries them from one
//! device to another: not a model of Syncthing, the program users run.
//!
//! Everything goes over loopback. A test must not reach other devices, the
//! discovery servers or the relays: a build machine may have no network but
//! loopback, and a test that used one would pass or fail with the weather,
//! or sync with a stranger's Syncthing. So each instance listens on
//! `tcp://127.0.0.1:<port>` and serves its REST API on `127.0.0.1:<port>`,
//! ports the kernel handed out a moment before, and has global and local
//! discovery, relays, NAT traversal (and with it STUN), usage and crash
//! reporting and upgrades switched off.
//!
//! The configuration is written as a whole `config.xml` before the first
//! start, not set through the REST API afterwards. Started on the generated
//! defaults, an instance would bind the default ports (those of any Syncthing
//! the developer runs) and start discovery before it could be told otherwise,
//! and a new listen or GUI address needs a restart; written beforehand, the
//! first thing each instance does is what the test wants. `syncthing
//! generate` still makes the key and certificate, so the device ids are real.
//!
//! Both instances know each other's device id and share the folder, but only
//! B has A's address: B dials, A waits. When each dials the other, both
//! connections can be made at the same instant, and Syncthing 1.19 then
//! spends 20 seconds in a stalled hello exchange before it tries again
//! (seen here about one start in six). And A is started and listening
//! before B starts, so B's first dial finds it instead of retrying five
//! seconds later.
//!
//! The folder is watched with a delay of one second and rescanned every five
//! seconds in case the watcher misses a change, so a file arrives within a
//! few seconds. Minimum free disk space is off, so a full CI disk does not
//! pause the folder without saying so in the test.

use std::cell::RefCell;
use std::fs::{self, File};
use std::io::{ErrorKind, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;
use tempfile::TempDir;

const FOLDER_ID: &str = "balans-sync-test";
const API_KEY: &str = "balans-test-api-key";
const POLL_EVERY: Duration = Duration::from_millis(100);
/// For one instance to come up, or for the pair to connect and settle.
const START_TIMEOUT: Duration = Duration::from_secs(30);
/// How long a file may take to cross from one instance to the other.
pub const SYNC_TIMEOUT: Duration = Duration::from_secs(60);
const INSTALL_HINT: &str = "run `scripts/install-deps.sh test` to install it";

/// Two running Syncthing instances, A and B, sharing one folder. Dropping it
/// kills both and waits for them, so none outlives its test.
pub struct SyncthingPair {
    a: Running,
    b: Running,
    // Declared last, so it is removed after both processes are gone.
    _dir: TempDir,
}

impl SyncthingPair {
    /// Starts A, then B, and returns once they are connected and both have
    /// scanned the shared folder. Panics if Syncthing is not installed, or
    /// if an instance exits or does not get there in time.
    pub fn start() -> SyncthingPair {
        require_syncthing();
        let dir = tempfile::tempdir().expect("a temporary folder for Syncthing");
        let [a_listen, a_gui, b_listen, b_gui] = free_ports();
        let a = Node::generate(dir.path(), "a", a_listen, a_gui);
        let b = Node::generate(dir.path(), "b", b_listen, b_gui);
        a.write_config(&b, "dynamic");
        b.write_config(&a, &a.listen_url());
        let a = a.run();
        a.wait_until_listening();
        let b = b.run();
        b.wait_until_listening();
        let pair = SyncthingPair { a, b, _dir: dir };
        pair.wait_until_connected();
        pair.wait_until_idle();
        pair
    }

    /// The shared folder as instance A has it.
    pub fn folder_a(&self) -> &Path {
        &self.a.node.folder
    }

    /// The shared folder as instance B has it.
    pub fn folder_b(&self) -> &Path {
        &self.b.node.folder
    }

    /// Checks `what` every 100 ms until it holds (true) or `timeout` has
    /// passed (false). Panics at once if either instance has exited.
    pub fn wait_for(&self, what: impl Fn() -> bool, timeout: Duration) -> bool {
        poll(&[&self.a, &self.b], what, timeout)
    }

    fn wait_until_connected(&self) {
        let connected = || {
            self.a
                .get("/rest/system/connections")
                .is_some_and(|answer| {
                    answer["connections"][&self.b.node.id]["connected"] == Value::Bool(true)
                })
        };
        if !self.wait_for(connected, START_TIMEOUT) {
            panic!("syncthing a and b did not connect within {START_TIMEOUT:?} (logs below)");
        }
    }

    fn wait_until_idle(&self) {
        let status = format!("/rest/db/status?folder={FOLDER_ID}");
        let idle = |instance: &Running| {
            instance
                .get(&status)
                .is_some_and(|answer| answer["state"] == "idle")
        };
        if !self.wait_for(|| idle(&self.a) && idle(&self.b), START_TIMEOUT) {
            panic!("the shared folder did not become idle within {START_TIMEOUT:?} (logs below)");
        }
    }
}

/// One instance, set up but not started: its home (config, keys, database),
/// its copy of the shared folder, its log and its ports.
struct Node {
    name: &'static str,
    home: PathBuf,
    folder: PathBuf,
    log: PathBuf,
    id: String,
    listen_port: u16,
    gui_port: u16,
}

impl Node {
    /// Makes the instance's folders, key and certificate under `dir/name`.
    fn generate(dir: &Path, name: &'static str, listen_port: u16, gui_port: u16) -> Node {
        let root = dir.join(name);
        let home = root.join("home");
        let folder = root.join("folder");
        fs::create_dir_all(&folder).expect("the shared folder is made");
        run_to_end(
            syncthing(&home)
                .arg("generate")
                .arg(format!("--home={}", home.display()))
                .arg("--no-default-folder")
                .arg("--skip-port-probing"),
        );
        let id = device_id(&home);
        Node {
            name,
            home,
            folder,
            log: root.join("syncthing.log"),
            id,
            listen_port,
            gui_port,
        }
    }

    fn listen_url(&self) -> String {
        format!("tcp://127.0.0.1:{}", self.listen_port)
    }

    /// Replaces the generated config.xml with the whole configuration this
    /// instance runs with; `peer_address` is where it dials the peer
    /// ("dynamic", with discovery off, means it never dials).
    fn write_config(&self, peer: &Node, peer_address: &str) {
        let file = self.home.join("config.xml");
        let generated = fs::read_to_string(&file).expect("syncthing generate wrote config.xml");
        let config = format!(
            r#"<configuration version="{version}">
    <folder id="{FOLDER_ID}" label="{FOLDER_ID}" path="{path}" type="sendreceive"
            rescanIntervalS="5" fsWatcherEnabled="true" fsWatcherDelayS="1">
        <device id="{me}"></device>
        <device id="{peer}"></device>
        <minDiskFree unit="%">0</minDiskFree>
    </folder>
    <device id="{me}" name="{my_name}"><address>dynamic</address></device>
    <device id="{peer}" name="{peer_name}"><address>{peer_address}</address></device>
    <gui enabled="true" tls="false">
        <address>127.0.0.1:{gui_port}</address>
        <apikey>{API_KEY}</apikey>
    </gui>
    <options>
        <listenAddress>{listen}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <crashReportingEnabled>false</crashReportingEnabled>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <startBrowser>false</startBrowser>
        <setLowPriority>false</setLowPriority>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
    </options>
</configuration>
"#,
            version = config_version(&generated),
            path = xml_escape(&self.folder.to_string_lossy()),
            me = self.id,
            my_name = self.name,
            peer = peer.id,
            peer_name = peer.name,
            gui_port = self.gui_port,
            listen = self.listen_url(),
        );
        fs::write(&file, config).expect("config.xml is written");
    }

    /// Starts `syncthing serve` with its output in the log file.
    fn run(self) -> Running {
        let log = File::create(&self.log).expect("the log file is made");
        let child = syncthing(&self.home)
            .arg("serve")
            .arg(format!("--home={}", self.home.display()))
            .args(["--no-browser", "--no-restart", "--no-upgrade"])
            .stdout(log.try_clone().expect("the log file is shared"))
            .stderr(log)
            .spawn()
            .unwrap_or_else(|error| panic!("syncthing does not start ({error}); {INSTALL_HINT}"));
        Running {
            node: self,
            child: RefCell::new(child),
        }
    }
}

/// An instance whose process is running. Dropping it kills the process and
/// waits for it, and prints its log if the test is failing.
struct Running {
    node: Node,
    child: RefCell<Child>,
}

impl Running {
    /// The REST answer at `path`, or None if the instance does not answer
    /// (yet). Asks as HTTP/1.0, so the answer is the bytes up to the close,
    /// never chunked, and needs no HTTP client crate.
    fn get(&self, path: &str) -> Option<Value> {
        let address = SocketAddr::from((Ipv4Addr::LOCALHOST, self.node.gui_port));
        let mut stream = TcpStream::connect_timeout(&address, Duration::from_secs(1)).ok()?;
        stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
        let request =
            format!("GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\nX-API-Key: {API_KEY}\r\n\r\n");
        stream.write_all(request.as_bytes()).ok()?;
        let mut response = Vec::new();
        stream.read_to_end(&mut response).ok()?;
        let response = String::from_utf8(response).ok()?;
        let (head, body) = response.split_once("\r\n\r\n")?;
        if head.split_whitespace().nth(1)? != "200" {
            return None;
        }
        serde_json::from_str(body).ok()
    }

    /// Waits until the instance answers as itself (not some other program
    /// that got the port) and its sync listener is up.
    fn wait_until_listening(&self) {
        let listening = || {
            self.get("/rest/system/status").is_some_and(|status| {
                let listener = &status["connectionServiceStatus"][self.node.listen_url()];
                status["myID"] == self.node.id.as_str()
                    && listener["error"].is_null()
                    && listener["lanAddresses"]
                        .as_array()
                        .is_some_and(|addresses| !addresses.is_empty())
            })
        };
        if !poll(&[self], listening, START_TIMEOUT) {
            panic!(
                "syncthing {} was not listening within {START_TIMEOUT:?} (log below)",
                self.node.name
            );
        }
    }

    /// Panics if the process has exited.
    fn check_alive(&self) {
        let exited = self.child.borrow_mut().try_wait();
        match exited {
            Ok(None) => {}
            Ok(Some(status)) => panic!(
                "syncthing {} exited early: {status} (log below)",
                self.node.name
            ),
            Err(error) => panic!("syncthing {} cannot be watched: {error}", self.node.name),
        }
    }

    fn print_log(&self) {
        let log = fs::read_to_string(&self.node.log)
            .unwrap_or_else(|error| format!("(unreadable: {error})"));
        eprintln!(
            "----- syncthing {} log, {} -----\n{log}",
            self.node.name,
            self.node.log.display()
        );
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let child = self.child.get_mut();
        // Killing an exited process fails harmlessly; wait reaps it either way.
        let _ = child.kill();
        let _ = child.wait();
        if thread::panicking() {
            self.print_log();
        }
    }
}

/// Checks `what` every 100 ms until it holds or `timeout` has passed, and
/// panics at once if one of `running` has exited.
fn poll(running: &[&Running], what: impl Fn() -> bool, timeout: Duration) -> bool {
    let start = Instant::now();
    loop {
        if what() {
            return true;
        }
        running.iter().for_each(|instance| instance.check_alive());
        if start.elapsed() > timeout {
            return false;
        }
        thread::sleep(POLL_EVERY);
    }
}

/// `syncthing` with an environment of its own: nothing inherited (no proxy,
/// no STGUIADDRESS, no STTRACE from the developer's shell), its home as HOME,
/// no default folder, no upgrade, no restart. `serve` in 1.19 always runs as
/// a monitor process with Syncthing in a child, even with --no-restart, and
/// killing the monitor leaves the child running; STMONITORED is how the
/// monitor tells that child it is the inner process, so with it set the
/// process started is the one that serves and the one killed. STHASHING
/// names the hash code to use, which spares a second of benchmarking at
/// each start.
fn syncthing(home: &Path) -> Command {
    let mut command = Command::new("syncthing");
    command.env_clear();
    if let Some(path) = std::env::var_os("PATH") {
        command.env("PATH", path);
    }
    command
        .env("HOME", home)
        .env("STNODEFAULTFOLDER", "1")
        .env("STNOUPGRADE", "1")
        .env("STNORESTART", "1")
        .env("STMONITORED", "yes")
        .env("STHASHING", "standard")
        .stdin(Stdio::null());
    command
}

/// Fails the test, never skips it, when Syncthing is not installed.
fn require_syncthing() {
    match Command::new("syncthing").arg("--version").output() {
        Ok(output) if output.status.success() => {}
        Ok(output) => panic!(
            "`syncthing --version` failed ({}): {}; {INSTALL_HINT}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ),
        Err(error) if error.kind() == ErrorKind::NotFound => {
            panic!("syncthing is not installed; {INSTALL_HINT}")
        }
        Err(error) => panic!("syncthing does not run ({error}); {INSTALL_HINT}"),
    }
}

/// Runs a short syncthing command and returns its standard output; panics
/// with everything it said if it fails.
fn run_to_end(command: &mut Command) -> String {
    let output = command
        .output()
        .unwrap_or_else(|error| panic!("syncthing does not run ({error}); {INSTALL_HINT}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    if !output.status.success() {
        panic!(
            "{command:?} failed ({}):\n{stdout}{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    stdout
}

/// The device id of the certificate in `home`.
fn device_id(home: &Path) -> String {
    let printed = run_to_end(
        syncthing(home)
            .arg("serve")
            .arg("--device-id")
            .arg(format!("--home={}", home.display())),
    );
    let id = printed.trim().to_owned();
    // Eight groups of seven letters and digits, joined by dashes.
    let groups: Vec<&str> = id.split('-').collect();
    let well_formed = groups.len() == 8
        && groups
            .iter()
            .all(|group| group.len() == 7 && group.bytes().all(|b| b.is_ascii_alphanumeric()));
    assert!(well_formed, "not a device id: {printed:?}");
    id
}

/// The version in the `<configuration version="N">` tag that `syncthing
/// generate` just wrote, so the config written over it is read as this
/// Syncthing's own format and not migrated. A plain string search is enough:
/// it is the first attribute of the first element of a file Syncthing made.
fn config_version(generated: &str) -> &str {
    let version = generated
        .split_once("<configuration version=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(version, _)| version)
        .unwrap_or_default();
    assert!(
        !version.is_empty() && version.bytes().all(|b| b.is_ascii_digit()),
        "no configuration version in the generated config.xml:\n{generated}"
    );
    version
}

/// `text` as it may stand in an XML attribute or element.
fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Four distinct loopback ports that were free a moment ago: all four are
/// held at once while asked for, so the kernel cannot hand one out twice.
fn free_ports() -> [u16; 4] {
    let listeners: Vec<TcpListener> = (0..4)
        .map(|_| TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("a free loopback port"))
        .collect();
    let port = |i: usize| listeners[i].local_addr().expect("a bound port").port();
    [port(0), port(1), port(2), port(3)]
}
