package es.viogen.measures.control;

/** Mandatory ("obligatoria") or complementary measure (Instr. 4/2019). */
public enum MeasureKind { MANDATORY, COMPLEMENTARY }
