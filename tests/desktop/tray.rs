//! The tray as a desktop panel sees it. Linux tray icons are app indicators:
//! the app registers an item with the panel's StatusNotifierWatcher on the
//! session bus and publishes its menu over the dbusmenu protocol. This test
//! watcher records each registration; [`TrayItem`] then reads the label and
//! the menu from the app, and clicks menu entries, as a panel does.

use std::collections::HashMap;
use std::sync::mpsc::Sender;
use std::sync::Mutex;

use zbus::blocking::proxy::Builder;
use zbus::blocking::{Connection, Proxy};
use zbus::message::Header;
use zbus::proxy::CacheProperties;
use zbus::zvariant::{OwnedObjectPath, OwnedValue, Value};

/// Who registered a tray item: their bus name and the item's object path.
#[derive(Debug, Clone)]
pub struct Registration {
    pub service: String,
    pub path: String,
}

/// The server side of org.kde.StatusNotifierWatcher, recording.
pub struct Watcher {
    pub registered: Mutex<Sender<Registration>>,
}

#[zbus::interface(name = "org.kde.StatusNotifierWatcher")]
impl Watcher {
    fn register_status_notifier_item(&self, service: String, #[zbus(header)] header: Header<'_>) {
        let sender = header.sender().map(|s| s.to_string()).unwrap_or_default();
        // Items register either an object path (on their own name) or a bus name.
        let registration = if service.starts_with('/') {
            Registration {
                service: sender,
                path: service,
            }
        } else {
            Registration {
                service,
                path: "/StatusNotifierItem".into(),
            }
        };
        let _ = self.registered.lock().unwrap().send(registration);
    }

    fn register_status_notifier_host(&self, _service: String) {}

    #[zbus(property)]
    fn is_status_notifier_host_registered(&self) -> bool {
        true
    }

    #[zbus(property)]
    fn protocol_version(&self) -> i32 {
        0
    }

    #[zbus(property)]
    fn registered_status_notifier_items(&self) -> Vec<String> {
        Vec::new()
    }
}

/// One menu entry: its dbusmenu id, label (mnemonic marks removed), and
/// whether it can be clicked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: i32,
    pub label: String,
    pub enabled: bool,
}

type Layout = (i32, HashMap<String, OwnedValue>, Vec<OwnedValue>);

fn flatten(layout: Layout, into: &mut Vec<Entry>) {
    let (id, properties, children) = layout;
    let text = |key: &str| {
        properties
            .get(key)
            .and_then(|v| String::try_from(v.try_clone().ok()?).ok())
    };
    if let Some(label) = text("label") {
        let enabled = properties
            .get("enabled")
            .and_then(|v| bool::try_from(v).ok())
            .unwrap_or(true);
        into.push(Entry {
            id,
            label: label.replace('_', ""),
            enabled,
        });
    }
    for child in children {
        if let Ok(layout) = Layout::try_from(child) {
            flatten(layout, into);
        }
    }
}

/// A registered tray item, read and clicked over the bus.
pub struct TrayItem<'a> {
    item: Proxy<'a>,
    menu: Proxy<'a>,
}

impl<'a> TrayItem<'a> {
    pub fn new(bus: &Connection, at: &Registration) -> zbus::Result<TrayItem<'a>> {
        // Read afresh every time: app indicators announce changes with their
        // own signals, which a property cache would not follow.
        let proxy = |path: String, interface: &'static str| {
            Builder::new(bus)
                .destination(at.service.clone())?
                .path(path)?
                .interface(interface)?
                .cache_properties(CacheProperties::No)
                .build()
        };
        let item: Proxy<'a> = proxy(at.path.clone(), "org.kde.StatusNotifierItem")?;
        let menu_path: OwnedObjectPath = item.get_property("Menu")?;
        let menu = proxy(menu_path.to_string(), "com.canonical.dbusmenu")?;
        Ok(TrayItem { item, menu })
    }

    /// The text shown beside the icon.
    pub fn label(&self) -> zbus::Result<String> {
        self.item.get_property("XAyatanaLabel")
    }

    /// Every entry of the menu and its submenus, in order.
    pub fn entries(&self) -> zbus::Result<Vec<Entry>> {
        let (_revision, layout): (u32, Layout) = self
            .menu
            .call("GetLayout", &(0i32, -1i32, Vec::<String>::new()))?;
        let mut entries = Vec::new();
        flatten(layout, &mut entries);
        Ok(entries)
    }

    /// Clicks the entry labelled `label`.
    pub fn click(&self, label: &str) -> zbus::Result<()> {
        let entries = self.entries()?;
        let entry = entries.iter().find(|e| e.label == label).ok_or_else(|| {
            zbus::Error::Failure(format!("no menu entry {label:?} in {entries:?}"))
        })?;
        self.menu
            .call_method("Event", &(entry.id, "clicked", Value::from(""), 0u32))?;
        Ok(())
    }
}
