/// Los eventos de caso de la corte: `p4p import outcomes`, sus columnas, rechazos, resumen y
/// entrada de auditoría.
extension SpanishCatalogue {
    static let courtEvents: [W: String] = [
        "courtEventColumn.caseNumber": "número de caso", "courtEventColumn.child": "niño o niña",
        "courtEventColumn.event": "evento", "courtEventColumn.placement": "colocación", "courtEventColumn.date": "fecha",
        "courtEvents.unknownEvent": "la importación no conoce ese {column} (removal, placement change, trial return home, returned home, adoption, guardianship, dismissal)",
        "courtEvents.unknownPlacement": "un cambio de colocación necesita su {column}: relative, foster care u other",
        "courtEvents.afterToday": "la {column} es posterior a hoy",
        "courtEvents.runsOn": "el número de caso o el niño o niña sigue en la línea siguiente ({why})",
        "courtEvents.added": "Agregados: {cases}, {children}, {moves}.",
        "courtEvents.filled": "Fechas de remoción completadas: {removals}; casos desestimados: {dismissed}.",
        "courtEvents.leftAlone": "Ya registrados, sin cambios: {moves}; desestimaciones de casos con resultado: {outcomes}.",
        "courtEvents.saved": "Guardado en una sola transacción.",
        "courtEvents.child.one": "{count} niño o niña", "courtEvents.child.other": "{count} niños y niñas",
        "courtEvents.move.one": "{count} movimiento", "courtEvents.move.other": "{count} movimientos",
        "audit.courtEventsImported": "importó los eventos de caso de la corte ({counts})",
        "audit.courtEventCounts": "filas {rows}; agregados: casos {cases}, niños y niñas {children}, movimientos {moves}; "
            + "fechas de remoción {removals}; desestimados {dismissed}; movimientos sin cambios {unchanged}; rechazadas {rejected}",
    ]
}
