/// El informe de resultados (las cifras de evaluación de la ley) y sus grupos.
extension SpanishCatalogue {
    static let outcomesReport: [W: String] = [
        "report.outcomes.title": "Resultados: las cifras de evaluación del programa",
        "outcomes.subtitle.county": "{period}, condado de {county}",
        "outcomes.suppressed": "< 11",
        "outcomes.group.served": "Atendidos",
        "outcomes.group.neverServed": "Nunca atendidos (ninguno)",
        "outcomes.group.dependency101Attended": "Asistieron a Dependencia 101",
        "outcomes.group.dependency101NotAttended": "Invitados a Dependencia 101, no asistieron",
        "outcomes.group.mentored": "Con mentoría",
        "outcomes.group.fullModel": "Modelo completo",
        "outcomes.part.groups": "Padres en cada grupo",
        "outcomes.part.attendance": "Asistencia a las audiencias celebradas",
        "outcomes.part.services": "Cumplimiento de servicios en audiencias de revisión",
        "outcomes.part.visitation": "Cumplimiento de visitas en audiencias de revisión",
        "outcomes.part.reunifiedChildren": "Niños reunificados dentro de 12 meses de la remoción",
        "outcomes.part.reunifiedCases": "Casos reunificados dentro de 12 meses de la remoción",
        "outcomes.part.daysToPermanency": "Días de la remoción a la permanencia (niños)",
        "outcomes.part.reentry": "Niños que vuelven a cuidado dentro de 12 meses de volver a casa",
        "outcomes.part.unrecorded": "Fuera de las tasas",
        "outcomes.unrecordedHearings": "lugares de padres en audiencias pasadas aún programadas",
        "outcomes.childrenWithoutRemoval": "niños sin fecha de remoción",
        "column.group": "grupo", "column.medianDays": "mediana de días",
        "audit.report.outcomes": "el informe de resultados del {from} al {to}",
    ]
}
