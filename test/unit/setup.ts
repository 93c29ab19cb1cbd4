// Dexie in Node: fake-indexeddb provides a spec-complete IndexedDB in memory.
import 'fake-indexeddb/auto';
