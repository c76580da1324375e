#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The OrgDesk authors
# SPDX-License-Identifier: MIT
"""OrgDesk as a screen-reader user meets it (issue #15): the built application in a real X
session, read and driven only through the AT-SPI accessibility tree and the keyboard.

Run by tests/atspi/run-atspi-test, which provides the X server, the window manager, the D-Bus
session with the accessibility bus and a throwaway keyring. Usage:

    tst_atspi.py ORGDESK ORGDESK_SANDBOX OUTPUT_DIR

For every window and dialog it checks that the labels are read as they are shown (a label
whose accessible name replaced its text is reported), that the error banner is an alert that
becomes showing when an error appears, and that the tab order of each dialog is field, options,
buttons; then it walks the keyboard-only journey (first start and admin key, search, create,
rename, archive with the typed confirmation, the admin key dialog again) checking the
sandbox's request log after each step. A PNG of each state goes to OUTPUT_DIR.
"""

import json
import os
import subprocess
import sys
import time
import urllib.request
import xml.etree.ElementTree as ElementTree

import pyatspi
from gi.repository import Atspi, GLib

SOURCE_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ADMIN_KEY = "sk-admin-sandbox-0123456789abcdef"  # SandboxServer::DefaultAdminKey, not a secret
TIMEOUT = 10.0  # seconds for any one thing to happen
PROJECTS_PATH = "/v1/organization/projects"
KEY_FORM = "ui/keys/adminkeydialog.ui"
NAME_FORM = "ui/projectdialogs/projectnamedialog.ui"
ABOUT_FORM = "ui/about/aboutdialog.ui"


class Failure(Exception):
    pass


def log(text):
    print(text, flush=True)


# ---- Waiting ------------------------------------------------------------------------------

def pump():
    """Delivers the AT-SPI events that have arrived (the listeners run here)."""
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


def wait_for(what, condition, timeout=TIMEOUT):
    """Returns condition()'s first true value, checking as events arrive; fails after timeout."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        pump()
        try:
            value = condition()
            if value:
                return value
        except Exception as error:  # an accessible that died under us: ask again
            last_error = error
        if time.monotonic() > deadline:
            raise Failure(f"timed out after {timeout:.0f} s waiting for {what}"
                          + (f" (last error: {last_error})" if last_error else ""))
        # Each look at the tree is a round of calls into OrgDesk's event loop, where the keys
        # are handled too: a look ten times a second leaves it the time to handle them.
        time.sleep(0.1)


# ---- The sandbox --------------------------------------------------------------------------

class Sandbox:
    def __init__(self, executable):
        self.process = subprocess.Popen(
            [executable, "--port", "0", "--active", "12", "--archived", "2", "--seed", "7"],
            stdout=subprocess.PIPE, text=True)
        self.base_url = self.process.stdout.readline().split()[-1]
        self.token = self.process.stdout.readline().split()[-1]
        self.origin = self.base_url.rsplit("/v1", 1)[0]

    def control(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.origin + "/__sandbox/" + path, data=data,
                                         method=method,
                                         headers={"x-sandbox-token": self.token})
        with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:
            return json.load(answer)

    def state(self):
        return self.control("GET", "state")

    def requests(self):
        """What OrgDesk asked, in order (the test's own listings left out)."""
        return [entry for entry in self.control("GET", "requests")["data"]
                if not entry["user_agent"].startswith("Python-urllib")]

    def projects(self):
        request = urllib.request.Request(
            self.base_url + "/organization/projects?limit=100&include_archived=true",
            headers={"Authorization": "Bearer " + ADMIN_KEY})
        with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:
            return json.load(answer)["data"]

    def stop(self):
        self.process.terminate()
        self.process.wait(TIMEOUT)


# ---- The accessibility tree ---------------------------------------------------------------

def children(accessible):
    for i in range(accessible.childCount):
        child = accessible.getChildAtIndex(i)
        if child is not None:
            yield child


def descendants(accessible):
    """Everything under accessible but the cells of tables: each object is a round of calls
    into OrgDesk, and a table is read through its Table interface instead."""
    for child in children(accessible):
        yield child
        if child.getRole() != pyatspi.ROLE_TABLE:
            yield from descendants(child)


def showing(accessible):
    return accessible.getState().contains(pyatspi.STATE_SHOWING)


def find(root, role, name=None):
    for accessible in descendants(root):
        if accessible.getRole() == role and (name is None or accessible.name == name):
            return accessible
    return None


def find_showing(root, role, name=None):
    for accessible in descendants(root):
        if (accessible.getRole() == role and (name is None or accessible.name == name)
                and showing(accessible)):
            return accessible
    return None


def labels(window):
    return [label for label in descendants(window)
            if label.getRole() == pyatspi.ROLE_LABEL and showing(label)]


def label_names(window):
    return [label.name for label in labels(window)]


def without_isolates(text):
    return "".join(c for c in text if not "\u2066" <= c <= "\u2069")


def role_name(role):
    return Atspi.role_get_name(int(role))


def text_of(accessible):
    text = accessible.queryText()
    return text.getText(0, text.characterCount)


def ui_text(ui_file, label):
    """The text the label named @p label of a Qt Designer form shows, as a person reads it."""
    tree = ElementTree.parse(os.path.join(SOURCE_DIR, ui_file))
    for widget in tree.iter("widget"):
        if widget.get("name") != label:
            continue
        for prop in widget.findall("property"):
            if prop.get("name") == "text":
                text = prop.find("string").text
                return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    raise Failure(f"{ui_file} has no label {label} with a text")


# ---- The keyboard -------------------------------------------------------------------------

def key(name, *modifiers):
    """Presses and releases a key (an X keysym name: Tab, Return, F2, a...) as a keyboard
    would, holding the given modifiers (ctrl, alt, shift). xdotool sends the modifiers with
    the key; synthesising them apart through the registry loses some of them."""
    subprocess.run(["xdotool", "key", "--clearmodifiers", "+".join([*modifiers, name])],
                   check=True)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "5", "--", text], check=True)


# ---- The journey --------------------------------------------------------------------------

class Journey:
    def __init__(self, orgdesk, sandbox, output_dir):
        self.sandbox = sandbox
        self.output_dir = output_dir
        self.problems = []  # what the label checks found; the journey goes on to find more
        self.shown = []  # (role, name) of every object that became showing, in order
        self.focus = None  # what got the keyboard focus last
        pyatspi.Registry.registerEventListener(self.on_showing, "object:state-changed:showing")
        pyatspi.Registry.registerEventListener(self.on_focus, "object:state-changed:focused")
        # English, whatever the machine's locale: the test compares texts.
        environment = dict(os.environ, LANGUAGE="en", LC_ALL="C.UTF-8", LANG="C.UTF-8")
        environment.pop("OPENAI_ADMIN_KEY", None)
        environment.pop("OPENAI_BASE_URL", None)
        self.process = subprocess.Popen([orgdesk, "--base-url", sandbox.base_url],
                                        env=environment)
        self.app = wait_for("OrgDesk on the accessibility bus", self.find_application)

    def on_showing(self, event):
        try:
            if event.detail1:
                self.shown.append((event.source.getRole(), event.source.name))
        except GLib.Error:
            pass  # gone already: a dialog's child as it closes

    def on_focus(self, event):
        if event.detail1:
            self.focus = event.source

    def focused(self):
        """What has the keyboard focus, as the focus events tell (asking every object whether
        it is focused would keep OrgDesk busy answering)."""
        pump()
        return self.focus

    def stop(self):
        """Ends OrgDesk as a session ending would (SIGTERM closes the window normally)."""
        pyatspi.Registry.deregisterEventListener(self.on_showing, "object:state-changed:showing")
        pyatspi.Registry.deregisterEventListener(self.on_focus, "object:state-changed:focused")
        if self.process.poll() is None:
            self.process.terminate()
        if self.process.wait(TIMEOUT) != 0:
            self.problems.append(f"orgdesk exited with {self.process.returncode}")

    def find_application(self):
        if self.process.poll() is not None:
            raise SystemExit(f"orgdesk exited with {self.process.returncode}")
        for application in children(pyatspi.Registry.getDesktop(0)):
            if application.name == "OrgDesk":
                return application
        return None

    # -- windows --

    def main_window(self):
        """The main window, once it is the active window (keys go to it)."""
        def active():
            for window in children(self.app):
                if window.getRole() == pyatspi.ROLE_FRAME and window.name == "OrgDesk" \
                        and window.getState().contains(pyatspi.STATE_ACTIVE):
                    return window
            return None
        return wait_for("the main window active", active)

    def dialog(self, name):
        def showing_dialog():
            for window in children(self.app):
                if window.getRole() == pyatspi.ROLE_DIALOG and window.name == name \
                        and showing(window):
                    return window
            return None
        def active_dialog():
            window = showing_dialog()
            return window if window and window.getState().contains(pyatspi.STATE_ACTIVE) \
                else None
        return wait_for(f"the dialog \"{name}\" active", active_dialog)

    def dialog_gone(self, name):
        wait_for(f"the dialog \"{name}\" to close", lambda: not any(
            window.getRole() == pyatspi.ROLE_DIALOG and window.name == name and showing(window)
            for window in children(self.app)))

    def open_menu(self, mnemonic, item):
        """Alt+mnemonic, until the menu holding item shows. Under Xvfb an Alt+letter is now
        and then lost (more often just after a window got the focus), so it is pressed again
        after a while without the menu, at most three times."""
        self.main_window()
        for attempt in range(3):
            key(mnemonic, "alt")
            try:
                return wait_for(f"the menu with \"{item}\"", lambda: find_showing(
                    self.app, pyatspi.ROLE_MENU_ITEM, item), timeout=3 if attempt < 2 else TIMEOUT)
            except Failure:
                if attempt == 2:
                    raise
                log(f"  Alt+{mnemonic} again")
                key("Escape")
        return None

    def focus_is(self, role, name=None):
        def matches():
            accessible = self.focused()
            return accessible is not None and accessible.getRole() == role \
                and (name is None or accessible.name == name) and accessible
        return wait_for(f"the focus on {role_name(role)} \"{name or ''}\"", matches)

    # -- checks --

    def screenshot(self, state):
        path = os.path.join(self.output_dir, state + ".png")
        subprocess.run(["import", "-window", "root", path], check=True)
        log(f"  screenshot: {path}")

    def check_labels(self, state, window, shown_texts):
        """Every text in shown_texts is on screen in window (the test knows it is: it comes
        from the form, the sandbox or the journey); each must be the accessible name of a
        showing label. A value label tied to a caption must not be read as the caption."""
        names = label_names(window)
        # Names are compared without the invisible marks that keep a right-to-left name from
        # turning the sentence around it (U+2066..U+2069): they are shown and read as they are.
        plain = [without_isolates(name) for name in names]
        for text in shown_texts:
            if without_isolates(text) not in plain:
                self.problems.append(f"{state}: the label showing \"{text}\" is not read as it "
                                     f"is shown; the labels read: {names}")
        for label in labels(window):
            for relation in label.getRelationSet():
                if relation.getRelationType() != pyatspi.RELATION_LABELLED_BY:
                    continue
                caption = relation.getTarget(0)
                if caption is not None and caption.name and label.name == caption.name:
                    self.problems.append(f"{state}: a value is read as its caption "
                                         f"\"{caption.name}\" instead of what it shows")
        self.screenshot(state)
        log(f"  {state}: {len(names)} labels read as shown")

    def check_empty_state(self, state, window):
        """The empty state's labels read what it shows: its title and explanation, which OrgDesk
        also gives the whole as its description. Returns that text."""
        empty = wait_for("the empty state", lambda: find_showing(window, pyatspi.ROLE_FILLER,
                                                                 "Empty list"))
        read = " ".join(label.name for label in labels(empty))
        if without_isolates(read) != without_isolates(empty.description):
            self.problems.append(f"{state}: the empty state shows \"{empty.description}\" but "
                                 f"its labels read \"{read}\"")
        self.check_labels(state, window, [])
        return empty.description

    def check_tab_order(self, state, expected):
        """Tab from the focus goes through expected (role, name) pairs, in order, and back."""
        seen = []
        start = self.focused()
        for _ in range(len(expected)):
            current = self.focused()
            seen.append((int(current.getRole()), current.name) if current else None)
            key("Tab")
            wait_for("the focus to move on Tab", lambda: self.settled_focus(current))
        end = self.focused()
        wanted = [(int(role), name) for role, name in expected]
        if seen != wanted or not self.same(start, end):
            self.problems.append(f"{state}: Tab goes through {self.readable(seen)}"
                                 f"{'' if self.same(start, end) else ' and does not come back'}"
                                 f", expected {self.readable(wanted)}")
        else:
            log(f"  {state}: tab order {self.readable(seen)}")

    def settled_focus(self, previous):
        """The focus once it has left previous and stayed put for a moment (a widget that
        hands the focus on to another one is seen in passing)."""
        accessible = self.focused()
        if accessible is None or self.same(accessible, previous):
            return None
        for _ in range(3):
            time.sleep(0.05)
            pump()
            if not self.same(self.focused(), accessible):
                return None
        return accessible

    @staticmethod
    def same(a, b):
        return a is not None and b is not None and a.getRole() == b.getRole() \
            and a.name == b.name and a.getIndexInParent() == b.getIndexInParent()

    @staticmethod
    def readable(pairs):
        return " → ".join(f"{role_name(role)} \"{name}\"" if role else "nothing"
                          for role, name in (pair or (None, None) for pair in pairs))

    def requests_since(self, count, method=None, path=None):
        log_entries = self.sandbox.requests()[count:]
        return [entry for entry in log_entries
                if (method is None or entry["method"] == method)
                and (path is None or entry["path"] == path)]

    # -- the steps --

    def first_start(self):
        """No key anywhere: the admin key dialog opens over the empty main window."""
        log("first start: the admin key dialog")
        dialog = self.dialog("Admin key")
        self.focus_is(pyatspi.ROLE_PASSWORD_TEXT, "Admin key")
        self.check_labels("admin-key-first-start", dialog,
                          [ui_text(KEY_FORM, name) for name in
                           ("introLabel", "originCaption", "sourceCaption", "keyCaption")]
                          + [self.sandbox.origin, "None yet"])
        # Verify and Forget are off until there is a key to verify or forget.
        self.check_tab_order("admin-key-first-start", [
            (pyatspi.ROLE_PASSWORD_TEXT, "Admin key"),
            (pyatspi.ROLE_CHECK_BOX, "Show key"),
            (pyatspi.ROLE_CHECK_BOX, "Remember in the system keychain"),
            (pyatspi.ROLE_PUSH_BUTTON, "Cancel"),
        ])
        key("Escape")
        self.dialog_gone("Admin key")
        window = self.main_window()
        wait_for("the empty state", lambda: find_showing(window, pyatspi.ROLE_PUSH_BUTTON,
                                                         "Enter admin key…"))
        self.check_labels("main-no-key", window, ["Connect OrgDesk to your organization"])
        self.check_empty_state("main-no-key", window)
        if self.sandbox.requests():
            raise Failure("requests were sent without a key")

    def enter_key(self):
        """File → Admin key…, the key typed, Enter: checked with one request, then listed."""
        log("the admin key, from the keyboard")
        self.open_menu("f", "Admin key…")
        key("k")  # its mnemonic: Export… comes first in the File menu once there is a key
        dialog = self.dialog("Admin key")
        self.focus_is(pyatspi.ROLE_PASSWORD_TEXT, "Admin key")
        type_text(ADMIN_KEY)  # a password field does not tell what it holds: the sandbox will
        self.screenshot("admin-key-typed")
        key("Return")
        self.dialog_gone("Admin key")
        window = self.main_window()
        total = len([p for p in self.sandbox.projects() if p["status"] == "active"])
        table = wait_for("the projects listed", lambda: self.table_with_rows(window, total))
        checks = [entry for entry in self.sandbox.requests()
                  if entry["path"] == PROJECTS_PATH]
        if not checks or any(entry["authorization"] != "ok" for entry in checks):
            raise Failure(f"the key was not sent as an admin key: {checks}")
        self.check_labels("main-projects", window, [f"All {total} projects"])
        return table

    @staticmethod
    def table_with_rows(window, rows):
        table = find_showing(window, pyatspi.ROLE_TABLE, "Projects")
        return table if table is not None and table.queryTable().nRows == rows else None

    def search(self, table, total):
        """Ctrl+F, a project's name typed: the table shows the projects it matches."""
        log("search")
        before = len(self.sandbox.requests())
        wanted = next(p for p in self.sandbox.projects()
                      if p["status"] == "active" and p["name"] != "Default project")
        matching = [p for p in self.sandbox.projects() if p["status"] == "active"
                    and wanted["name"].casefold() in p["name"].casefold()]
        key("f", "ctrl")
        field = self.focus_is(pyatspi.ROLE_TEXT, "Search projects")
        type_text(wanted["name"])
        wait_for("the search typed", lambda: text_of(field) == wanted["name"])
        wait_for(f"{len(matching)} rows", lambda: table.queryTable().nRows == len(matching))
        first = table.queryTable().getAccessibleAt(0, 0).name
        if first not in [p["name"] for p in matching]:
            raise Failure(f"the search shows \"{first}\", not one of {matching}")
        self.check_labels("main-search", self.main_window(), [])
        if self.requests_since(before):
            raise Failure("searching sent requests; it should filter what is loaded")
        key("a", "ctrl")
        type_text("no project is called this")
        wait_for("no rows", lambda: table.queryTable().nRows == 0)
        empty = self.check_empty_state("main-no-matches", self.main_window())
        if "no project is called this" not in empty:
            raise Failure(f"the empty state does not name the search: \"{empty}\"")
        key("Escape")  # clears the search
        wait_for("every row back", lambda: table.queryTable().nRows == total)
        key("Escape")  # and goes back to the table
        wait_for("the table focused", lambda: self.focused().getRole()
                 in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TABLE_CELL))

    def create(self, name):
        """Ctrl+N, a name, Enter: one POST, the project exists and is selected."""
        log("create a project")
        before = len(self.sandbox.requests())
        key("n", "ctrl")
        dialog = self.dialog("New Project")
        field = self.focus_is(pyatspi.ROLE_TEXT, "Project name")
        type_text(name)
        wait_for("the name typed", lambda: text_of(field) == name)
        self.check_labels("new-project", dialog,
                          [ui_text(NAME_FORM, "nameLabel")])
        self.check_tab_order("new-project", [
            (pyatspi.ROLE_TEXT, "Project name"),
            (pyatspi.ROLE_PUSH_BUTTON, "Create"),
            (pyatspi.ROLE_PUSH_BUTTON, "Cancel"),
        ])
        key("Return")
        self.dialog_gone("New Project")
        posts = self.requests_since(before, "POST", PROJECTS_PATH)
        if len(posts) != 1 or json.loads(posts[0]["body"]).get("name") != name:
            raise Failure(f"expected one POST creating \"{name}\", the sandbox saw {posts}")
        created = wait_for("the project in the sandbox", lambda: next(
            (p for p in self.sandbox.projects() if p["name"] == name), None))
        self.details_show("main-created", created)
        return created

    def details_show(self, state, project):
        """The details pane reads the project's name and id, not their captions."""
        window = self.main_window()
        wait_for(f"the details of \"{project['name']}\"", lambda: project["name"] in
                 label_names(window) and project["id"] in label_names(window))
        self.check_labels(state, window, [project["name"], project["id"]])

    def rename(self, project, new_name):
        """F2 on the selected project, its name replaced, Enter: renamed in the sandbox."""
        log("rename it")
        before = len(self.sandbox.requests())
        key("F2")
        dialog = self.dialog("Rename Project")
        field = self.focus_is(pyatspi.ROLE_TEXT, "Project name")
        if text_of(field) != project["name"]:
            raise Failure(f"the rename dialog offers \"{text_of(field)}\"")
        key("a", "ctrl")
        type_text(new_name)
        wait_for("the new name typed", lambda: text_of(field) == new_name)
        self.check_labels("rename-project", dialog, [ui_text(NAME_FORM, "nameLabel")])
        key("Return")
        self.dialog_gone("Rename Project")
        posts = self.requests_since(before, "POST", PROJECTS_PATH + "/" + project["id"])
        if len(posts) != 1:
            raise Failure(f"expected one rename request, the sandbox saw {posts}")
        renamed = wait_for("the new name in the sandbox", lambda: next(
            (p for p in self.sandbox.projects() if p["id"] == project["id"]
             and p["name"] == new_name), None))
        self.details_show("main-renamed", renamed)
        return renamed

    def archive(self, project, total):
        """Delete, the name typed to confirm, Tab to Archive, Space: archived, off the list."""
        log("archive it")
        before = len(self.sandbox.requests())
        key("Delete")
        dialog = self.dialog("Archive Project")
        field = self.focus_is(pyatspi.ROLE_TEXT, "Confirmation")
        self.check_labels("archive-confirm", dialog, [
            f"Archive “{project['name']}”?",
            "Archiving cannot be undone: there is no unarchive, and the project's API keys "
            "stop working.",
            f"To confirm, type the project name: {project['name']}"])
        key("Return")  # Enter never archives: Cancel is the default
        self.dialog_gone("Archive Project")
        if self.requests_since(before):
            raise Failure("Enter in the archive dialog sent a request")
        key("Delete")
        dialog = self.dialog("Archive Project")
        field = self.focus_is(pyatspi.ROLE_TEXT, "Confirmation")
        type_text(project["name"])
        wait_for("the confirmation typed", lambda: text_of(field) == project["name"])
        self.check_tab_order("archive-typed", [
            (pyatspi.ROLE_TEXT, "Confirmation"),
            (pyatspi.ROLE_PUSH_BUTTON, "Archive project"),
            (pyatspi.ROLE_PUSH_BUTTON, "Cancel"),
        ])
        self.screenshot("archive-typed")
        key("Tab")
        self.focus_is(pyatspi.ROLE_PUSH_BUTTON, "Archive project")
        key("space")
        self.dialog_gone("Archive Project")
        archived = wait_for("the project archived in the sandbox", lambda: next(
            (p for p in self.sandbox.projects() if p["id"] == project["id"]
             and p["status"] == "archived"), None))
        window = self.main_window()
        wait_for("the row gone", lambda: self.table_with_rows(window, total))
        return archived

    def error_banner(self):
        """A listing refused: the banner, an alert, becomes showing with the service's message
        and the request id; a second error shows it anew."""
        log("the error banner")
        window = self.main_window()
        for attempt, message in enumerate(["The projects cannot be listed right now (test one).",
                                           "The projects cannot be listed right now (test two)."]):
            self.sandbox.control("POST", "faults", {
                "status": 400, "method": "GET", "path": PROJECTS_PATH, "message": message,
                "should_retry": False})
            before = len(self.sandbox.requests())
            self.shown.clear()
            key("F5")
            wait_for("the alert to become showing", lambda: any(
                role == pyatspi.ROLE_ALERT for role, _ in self.shown))
            refused = [entry for entry in self.requests_since(before, "GET", PROJECTS_PATH)
                       if entry["status"] == 400]
            if len(refused) != 1:
                raise Failure(f"expected one refused listing, the sandbox saw {refused}")
            banner = find_showing(window, pyatspi.ROLE_ALERT)
            if message not in banner.name:
                raise Failure(f"the alert is named \"{banner.name}\", not the message")
            id_line = "Request ID: " + refused[0]["request_id"]
            if banner.description != id_line:
                raise Failure(f"the alert's description is \"{banner.description}\"")
            state = "main-error-banner" + ("-again" if attempt else "")
            self.check_labels(state, window, [banner.name, id_line])
            copy = find_showing(banner, pyatspi.ROLE_PUSH_BUTTON, "Copy request ID")
            if copy is None:
                raise Failure("the request id has no Copy button")

    def help_windows(self):
        """Help → Keyboard shortcuts and Help → About, from the keyboard."""
        log("Help: keyboard shortcuts, about")
        self.open_menu("h", "About OrgDesk")
        key("Return")  # its first item
        dialog = self.dialog("Keyboard Shortcuts")
        table = find_showing(dialog, pyatspi.ROLE_TABLE)
        if table is None or table.queryTable().nRows < 8:
            raise Failure("the shortcuts window lists no shortcuts")
        self.check_labels("shortcuts", dialog, [])
        self.check_tab_order("shortcuts", [(pyatspi.ROLE_TABLE, "Keyboard shortcuts"),
                                           (pyatspi.ROLE_PUSH_BUTTON, "Close")])
        key("Escape")
        self.dialog_gone("Keyboard Shortcuts")

        self.open_menu("h", "About OrgDesk")
        key("Up")  # from the first item to the last
        key("Return")
        dialog = self.dialog("About OrgDesk")
        self.check_labels("about", dialog, [ui_text(ABOUT_FORM, name) for name in
                                            ("nameLabel", "summaryLabel", "licenseLabel")])
        # It opens on Close (Enter or Space closes it); Tab reaches the links. A label with a
        # link takes two Tabs: one to the label, one to its link.
        self.focus_is(pyatspi.ROLE_PUSH_BUTTON, "Close")
        for presses, role, name in [(1, pyatspi.ROLE_LABEL, "OrgDesk website"),
                                    (2, pyatspi.ROLE_LABEL, "OpenAI Admin API: projects reference"),
                                    (2, pyatspi.ROLE_PUSH_BUTTON, "Close")]:
            for _ in range(presses):
                key("Tab")
            self.focus_is(role, name)
        log("  about: tab order Close → website → API reference → Close")
        key("Escape")
        self.dialog_gone("About OrgDesk")

    def key_dialog_again(self):
        """File → Admin key… with a key stored: where it is kept, and Forget reachable."""
        log("the admin key dialog, with a key")
        self.open_menu("f", "Admin key…")
        key("k")  # its mnemonic: Export… comes first in the File menu once there is a key
        dialog = self.dialog("Admin key")
        self.focus_is(pyatspi.ROLE_PASSWORD_TEXT, "Admin key")
        self.check_labels("admin-key-stored", dialog,
                          [ui_text(KEY_FORM, name) for name in
                           ("introLabel", "originCaption", "sourceCaption", "keyCaption")]
                          + [self.sandbox.origin, "Stored in the system keychain"])
        self.check_tab_order("admin-key-stored", [
            (pyatspi.ROLE_PASSWORD_TEXT, "Admin key"),
            (pyatspi.ROLE_CHECK_BOX, "Show key"),
            (pyatspi.ROLE_CHECK_BOX, "Remember in the system keychain"),
            (pyatspi.ROLE_PUSH_BUTTON, "Forget key"),
            (pyatspi.ROLE_PUSH_BUTTON, "Cancel"),
        ])
        before = len(self.sandbox.requests())
        key("Escape")
        self.dialog_gone("Admin key")
        self.main_window()
        if self.requests_since(before):
            raise Failure("closing the admin key dialog sent requests")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    orgdesk, sandbox_executable, output_dir = sys.argv[1:]
    os.makedirs(output_dir, exist_ok=True)
    started = time.monotonic()
    sandbox = Sandbox(sandbox_executable)
    journey = None
    try:
        journey = Journey(orgdesk, sandbox, output_dir)
        journey.first_start()
        table = journey.enter_key()
        total = table.queryTable().nRows
        journey.search(table, total)
        created = journey.create("Accessibility journey")
        renamed = journey.rename(created, "Accessibility journey, renamed")
        journey.archive(renamed, total)
        journey.help_windows()
        journey.key_dialog_again()
        journey.error_banner()
    except Failure as failure:
        if journey:
            journey.screenshot("failure")
        log(f"FAIL: {failure}")
        return 1
    finally:
        if journey:
            journey.stop()
        sandbox.stop()
    log(f"done in {time.monotonic() - started:.1f} s")
    if journey.problems:
        log("FAIL: what a screen reader or a keyboard user would miss:\n  "
            + "\n  ".join(journey.problems))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
