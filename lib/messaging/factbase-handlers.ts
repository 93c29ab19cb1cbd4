/**
 * The background's answers to the fact-base requests: each request handed to the fact-base
 * service (lib/background/factbase-service.ts), which itself knows nothing of messages. The background
 * adds settings and sites (entrypoints/background.ts).
 */
import type { FactBaseService } from '../background/factbase-service';
import type { BackgroundHandlers } from './to-background';

export type FactBaseRequestType =
  | 'getConcept'
  | 'findConceptsByTerm'
  | 'getFact'
  | 'getFactsOfConcept'
  | 'getStatus'
  | 'importPack'
  | 'listPacks'
  | 'setPackEnabled'
  | 'deletePack'
  | 'exportPack'
  | 'listConcepts'
  | 'setConceptEnabled'
  | 'setNote'
  | 'getNotes'
  | 'getOrphanedNotes';

export function factBaseHandlers(service: FactBaseService): Pick<BackgroundHandlers, FactBaseRequestType> {
  return {
    getConcept: (req) => service.conceptById(req.id),
    findConceptsByTerm: (req) => service.conceptsByTerm(req.term),
    getFact: (req) => service.factById(req.id),
    getFactsOfConcept: (req) => service.factsOfConcept(req.id),
    getStatus: () => service.status(),
    importPack: (req) => service.importPack(req.json, req.replace),
    listPacks: () => service.listPacks(),
    setPackEnabled: (req) => service.setPackEnabled(req.id, req.enabled),
    deletePack: async (req) => {
      await service.deletePack(req.id);
      return { deleted: req.id };
    },
    exportPack: (req) => service.exportPack(req.id),
    listConcepts: (req) => service.listConcepts(req.packId),
    setConceptEnabled: (req) => service.setConceptEnabled(req.packId, req.conceptId, req.enabled),
    setNote: (req) => service.setNote(req.target, req.text),
    getNotes: (req) => service.notes(req.target),
    getOrphanedNotes: () => service.orphanedNotes(),
  };
}
