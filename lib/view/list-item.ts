/** One line of the annotation list (and of the popup's top annotations). */
export interface ListItem {
  /** "asielinstroom", "ruim 38.000" */
  text: string;
  /** "Term · Asielinstroom" or "Figure · Consistent with the source" */
  detail: string;
  /** The highlight it is painted with (term, figure, consistent, differs, context). */
  kind: string;
}
