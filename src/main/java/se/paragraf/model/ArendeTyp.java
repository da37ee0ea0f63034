package se.paragraf.model;

/** What an ärende is on the agenda. */
public enum ArendeTyp {
  /** A numbered agenda item; a § in the protokoll. */
  ARENDE,
  /** The Informationsärenden section; its delpunkter are information items. One § in the protokoll. */
  INFORMATION,
  /** The Övriga frågor section; its delpunkter may carry decisions. One § in the protokoll. */
  OVRIGA_FRAGOR,
  /** A sub-item of Informationsärenden or Övriga frågor. */
  DELPUNKT
}
