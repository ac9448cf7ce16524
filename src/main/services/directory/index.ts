// The mentor directory ("arena") the participants browse to choose a mentor, and its files.
export { changeDirectorySettings, directoryView, type DirectoryView } from './directory';
export { directoryFile, directoryMessages, fileSafe, posterFile, posters, type DirectoryFormat, type RenderImages } from './files';
