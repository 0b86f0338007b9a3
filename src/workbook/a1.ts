/** A1 references live in the engine (findings name cells too); the workbook layer shares them. */
export * from "../engine/text/a1";
