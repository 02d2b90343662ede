/// Los plazos del tribunal: los plazos de dependencia, el próximo requisito de cada caso.
extension SpanishCatalogue {
    static let timeline: [W: String] = [
        "deadline.shelterCare": "Audiencia de cuidado de refugio", "deadline.shelterCareReview": "Revisión del cuidado de refugio",
        "deadline.factFinding": "Determinación de hechos", "deadline.disposition": "Disposición",
        "deadline.review": "Audiencia de revisión", "deadline.permanency": "Planificación de permanencia",
        "deadline.termination": "Petición de terminación",
        "deadlineShort.shelterCare": "Refugio", "deadlineShort.shelterCareReview": "Ref. 30d",
        "deadlineShort.factFinding": "Hechos", "deadlineShort.disposition": "Dispos.",
        "deadlineShort.review": "Revisión", "deadlineShort.permanency": "Perm.", "deadlineShort.termination": "TPR",
        "deadline.dueBy": "{what}: vence el {day}",
        "deadline.setFor": "{what}: vence el {day} · fijada para el {hearing}",
        "deadline.setLate": "{what}: vence el {day} · fijada tarde, {hearing}",
        "deadline.noneScheduled": "{what}: vence el {day}, sin fecha fijada",
        "deadline.monthsInCare": "{months} de los últimos {window} meses bajo cuidado el {day}",
        "deadline.short": "{what} {day}",
        "followUpKind.deadlineCheckIn": "seguimiento antes de un plazo del tribunal",
        "invalid.savedTimelineUnreadable": "los plazos de dependencia guardados no se pueden leer",
        "cli.timelineSaved": "Se guardaron los plazos de dependencia de {file} en {path}; los seguimientos abiertos se volvieron a planificar desde el {day}.",
        "morning.deadlinesAtRisk": "Plazos sin audiencia a tiempo",
        "morning.count.deadlinesAtRisk": "Casos cuya próxima audiencia requerida no está fijada a tiempo",
        "morning.noDeadlinesAtRisk": "La próxima audiencia requerida de cada caso está fijada a tiempo.",
        "morning.nearTermination": "Cerca de 15 de 22 meses",
        "morning.count.nearTermination": "Casos cerca del punto de terminación (15 de los últimos 22 meses bajo cuidado)",
        "morning.noNearTermination": "Ningún caso está cerca de 15 de 22 meses bajo cuidado.",
        "docket.due": "Vence",
    ]
}
