/// Cobertura planificada de audiencias, formación y supervisión de aliados, y conservación de expedientes.
extension SpanishCatalogue {
    static let coverage: [W: String] = [
        "action.planCoverage": "Cubrir",
        "action.planCoverage.help": "Audiencias: planificar qué aliado o aliada cubre la audiencia seleccionada",
        "coverage.field": "Cubre",
        "form.title.coverage": "Quién cubre: {day} {time} {room} {type}",
        "hint.selectHearingToCover": "Seleccione una audiencia en la lista de audiencias (1) para planificar quién la cubre",
        "saved.coveragePlanned": "Cobertura planificada",
        "saved.coverageCleared": "Ya no hay nadie previsto para cubrir esta audiencia",
        "stale.coveragePlanned": "{who} planificó quién cubre esta audiencia{when}",
        "audit.coveragePlanned": "previó que {ally} cubra {hearing}{was}",
        "audit.coverageCleared": "dejó {hearing} sin nadie previsto para cubrirla{was}",
        "refusal.onlySupervisorPlansCoverage": "Solo un supervisor planifica quién cubre una audiencia",
        "invalid.coverageForComingHearings": "La cobertura se planifica solo para las audiencias de hoy o futuras",
    ]
}
