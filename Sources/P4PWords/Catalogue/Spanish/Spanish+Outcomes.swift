/// Lo que pasa con una familia: el resultado del caso, sus hijos y los cambios de colocación.
extension SpanishCatalogue {
    static let outcomes: [W: String] = [
        "childMove.removed": "separado del hogar", "childMove.placedWithRelative": "con un familiar",
        "childMove.fosterCare": "hogar de crianza", "childMove.otherPlacement": "otra colocación",
        "childMove.trialReturnHome": "regreso a casa a prueba", "childMove.returnedHome": "regresó a casa",
        "childMove.adopted": "adoptado", "childMove.guardianship": "tutela", "childMove.agedOut": "cumplió la mayoría de edad",
        "childMoveSource.program": "programa", "childMoveSource.court": "corte",

        "field.caseOutcome": "Resultado", "field.outcomeDate": "Fecha del resultado",
        "field.despiteMoves": "Pese a los cambios de los hijos", "field.childName": "Hijo o hija (nombre o iniciales)",
        "field.birthYear": "Año de nacimiento", "field.child": "Hijo o hija", "field.childMove": "Cambio", "field.moveDate": "Fecha",

        "stale.caseGone": "Este caso ya no está registrado",
        "stale.childGone": "Este hijo o hija ya no está registrado",
        "stale.caseOutcome": "{who} registró el resultado de este caso{when}",
        "stale.caseChanged": "{who} cambió este caso{when}",
        "stale.childMoves": "{who} cambió los cambios de colocación de este hijo o hija{when}",
        "stale.childChanged": "{who} cambió el registro de este hijo o hija{when}",

        "refusal.allyOwnCasesOnly": "Un aliado o aliada solo cambia los casos de sus propias personas; pregunte a un supervisor",
        "notFound.child": "Ese hijo o hija", "notFound.childMove": "Ese cambio",

        "invalid.sayWhyDateChanged": "Diga por qué cambia una fecha ya registrada",
        "invalid.sayWhyOutcomeChanged": "Diga por qué cambia un resultado ya registrado",
        "invalid.outcomeNeedsDay": "Indique el día del resultado",
        "invalid.outcomeBeforeRemoval": "El resultado no puede ser anterior a la separación",
        "invalid.outcomeNotInMoves": "Los últimos cambios de los hijos no muestran este resultado; confirme \"pese a los cambios de los hijos\" para guardarlo",
        "invalid.movesSuggest": "Los últimos cambios de los hijos dicen {outcome} el {day}; confirme \"pese a los cambios de los hijos\" para guardar otro",
        "invalid.moveAlreadyRecorded": "Este cambio ya está registrado ese día",
        "invalid.birthYear": "Un año de {from} a {to}",

        "audit.caseCorrected": "corrigió {case} ({fields}){because}",
        "audit.caseOutcome": "registró el resultado de {case}: {outcome} el {day}{because}",
        "audit.caseOutcomeDespite": "registró el resultado de {case}: {outcome} el {day}, pese a los cambios de los hijos{because}",
        "audit.caseOutcomeCleared": "borró el resultado de {case}{because}",
        "audit.childAdded": "agregó un hijo o hija a {case}",
        "audit.childSavedUnchanged": "guardó sin cambios un hijo o hija de {case}",
        "audit.childCorrected": "corrigió un hijo o hija de {case} ({fields})",
        "audit.moveRecorded": "registró un cambio de un hijo o hija de {case}: {move} el {day}",
        "audit.moveRemoved": "quitó un cambio de un hijo o hija de {case}: {move} el {day}",
        "audit.column.petition_date": "fecha de la petición", "audit.column.removal_date": "fecha de separación",
        "audit.column.birth_year": "año de nacimiento",
    ]
}
