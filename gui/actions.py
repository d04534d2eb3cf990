"""Every QAction of the window with its shortcut, and the menus built from them.

Kept apart from the window so shortcuts are listed in one place (the Help >
Keyboard shortcuts text is generated from here) and the window only wires
`triggered` signals to behaviour.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

StdKey = QKeySequence.StandardKey


class Actions:
    """Creates the window's actions; attributes are the actions, grouped by menu."""

    def __init__(self, parent: QWidget, undo_stack: QUndoStack) -> None:
        self._parent = parent

        # File
        self.new = self._make("&New", StdKey.New, "Close the comparison and start an empty one")
        self.open = self._make("&Open…", StdKey.Open, "Open articles or a saved .parallax session")
        self.open_url = self._make("Open &URL…", "Ctrl+Shift+O", "Add an article from a web address")
        self.add_sources = self._make("&Add Sources…", "Ctrl+Shift+A", "Add articles to the open comparison")
        self.save = self._make("&Save", StdKey.Save, "Save the comparison as a .parallax session")
        self.save_as = self._make("Save &As…", StdKey.SaveAs, "Save under another name")
        self.export_json = self._make("Export &JSON…", "Ctrl+E", "Write the comparison document (JSON)")
        self.export_html = self._make("Export &HTML Report…", None, "Write a report readers can open in a browser")
        self.export_pdf = self._make("Export P&DF Report…", "Ctrl+Shift+E", "Write a printable PDF report")
        self.print = self._make("&Print…", StdKey.Print, "Print the report")
        self.close = self._make("&Close", StdKey.Close, "Close the window")

        # Edit
        self.undo = undo_stack.createUndoAction(parent, "&Undo")
        self.undo.setShortcut(QKeySequence(StdKey.Undo))
        self.redo = undo_stack.createRedoAction(parent, "&Redo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.paste = self._make("&Paste as New Source", "Ctrl+Shift+V", "Add the clipboard's text or link as a source")
        self.find = self._make("&Find…", StdKey.Find, "Find text in every source")
        self.link = self._make("&Link Sentences", "L", "Link the two selected sentences")
        self.unlink = self._make("U&nlink", "U", "Remove the selected link")
        self.toggle_differing = self._make(
            "Toggle Shared/&Differing", "D", "Mark the selected link as differing or as shared"
        )

        # View
        self.mode_group = QActionGroup(parent)
        self.view_aligned = self._make("&Aligned Rows", "Ctrl+1", "Linked sentences on one row", checkable=True)
        self.view_reading = self._make("&Reading Order", "Ctrl+2", "Each article as written, with connectors",
                                       checkable=True)
        for a in (self.view_aligned, self.view_reading):
            self.mode_group.addAction(a)
        self.view_aligned.setChecked(True)
        self.sync_scroll = self._make("&Synchronised Scrolling", None, "Scroll all columns together", checkable=True)
        self.sync_scroll.setChecked(True)
        self.show_shared = self._make("Show &Shared", None, "Show sentences every source shares", checkable=True)
        self.show_differing = self._make("Show &Differing", None, "Show sentences that conflict", checkable=True)
        self.show_unique = self._make("Show &Unique", None, "Show sentences only one source has", checkable=True)
        for a in (self.show_shared, self.show_differing, self.show_unique):
            a.setChecked(True)
        self.next_difference = self._make("&Next Difference", "F7", "Go to the next differing or unique sentence")
        self.previous_difference = self._make("&Previous Difference", "Shift+F7", "Go to the previous difference")
        self.zoom_in = self._make("Zoom &In", "Ctrl+=", "Larger text")
        self.zoom_in.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out = self._make("Zoom &Out", "Ctrl+-", "Smaller text")
        self.reset_zoom = self._make("&Reset Zoom", "Ctrl+0", "Default text size")
        self.show_sources = self._make("S&ources Panel", "Ctrl+Alt+S", "Show the list of sources", checkable=True)
        self.show_facts = self._make("&Facts Panel", "Ctrl+Alt+F", "Show the table of facts", checkable=True)
        self.show_detail = self._make("Detail &Pane", "Ctrl+Alt+D", "Show the selected sentence's links",
                                      checkable=True)

        # Help
        self.shortcuts = self._make("&Keyboard Shortcuts", "F1", "List the keyboard shortcuts")
        self.about = self._make("&About Parallax", None, "Version and licence")

        self.needs_comparison = [
            self.save, self.save_as, self.export_json, self.export_html, self.export_pdf, self.print,
            self.find, self.link, self.unlink, self.toggle_differing,
            self.next_difference, self.previous_difference,
        ]

    def _make(
        self,
        text: str,
        shortcut: str | QKeySequence.StandardKey | None,
        tip: str,
        *,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self._parent)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.setCheckable(checkable)
        self._parent.addAction(action)  # shortcuts work whichever child has focus
        return action

    def set_has_comparison(self, has: bool) -> None:
        for a in self.needs_comparison:
            a.setEnabled(has)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(shortcut, what it does) for every action with a shortcut, for the help text."""
        rows = []
        for a in QWidget.actions(self._parent):
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in a.shortcuts())
            if keys:
                rows.append((keys, a.text().replace("&", "").rstrip("…")))
        return rows


def build_menus(window: QMainWindow, actions: Actions) -> QMenu:
    """Fill the menu bar; returns the (empty) Recent Files menu for the window to fill."""
    bar = window.menuBar()
    file = bar.addMenu("&File")
    file.addActions([actions.new, actions.open, actions.open_url, actions.add_sources])
    recent = file.addMenu("Open &Recent")
    file.addSeparator()
    file.addActions([actions.save, actions.save_as])
    file.addSeparator()
    file.addActions([actions.export_json, actions.export_html, actions.export_pdf, actions.print])
    file.addSeparator()
    file.addAction(actions.close)

    edit = bar.addMenu("&Edit")
    edit.addActions([actions.undo, actions.redo])
    edit.addSeparator()
    edit.addActions([actions.paste, actions.find])
    edit.addSeparator()
    edit.addActions([actions.link, actions.unlink, actions.toggle_differing])

    view = bar.addMenu("&View")
    view.addActions([actions.view_aligned, actions.view_reading, actions.sync_scroll])
    view.addSeparator()
    view.addActions([actions.show_shared, actions.show_differing, actions.show_unique])
    view.addSeparator()
    view.addActions([actions.next_difference, actions.previous_difference])
    view.addSeparator()
    view.addActions([actions.zoom_in, actions.zoom_out, actions.reset_zoom])
    view.addSeparator()
    view.addActions([actions.show_sources, actions.show_facts, actions.show_detail])

    help_menu = bar.addMenu("&Help")
    help_menu.addActions([actions.shortcuts, actions.about])
    return recent
