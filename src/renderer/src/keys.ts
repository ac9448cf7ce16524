/** The shortcut modifier as the coordinator's keyboard shows it: "⌘" on a Mac, "Ctrl+" elsewhere. */
export const modifierKey = navigator.platform.toLowerCase().includes('mac') ? '⌘' : 'Ctrl+';
