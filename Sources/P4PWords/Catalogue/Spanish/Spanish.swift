/// El catálogo en español: las palabras de cada área.
enum SpanishCatalogue {
    static let areas: [[W: String]] = [general, store, fields, codes, forms, screens, reports, languageNames, audit, auditCounts, commands, files, keys, panes, pages, courtRecord, outcomes, outcomesReport, courtEvents, coverage, allies, timeline, server]

    static let general: [W: String] = [
        "verbatim": "{text}",
        "choice.yes": "sí",
        "choice.no": "no",
        "time.minutes": "{count} minutos",
        "time.seconds": "{count} segundos",
    ]

    /// Los códigos que guarda el programa, en palabras.
    static let codes: [W: String] = [
        "engagement.met": "atendida", "engagement.declined": "no quiso", "engagement.notPresent": "no vino",
        "engagement.notApproached": "no abordada",
        "hearingStatus.scheduled": "programada", "hearingStatus.held": "celebrada", "hearingStatus.continued": "aplazada",
        "hearingStatus.cancelled": "cancelada",
        "contactMode.court": "en persona en la corte", "contactMode.phone": "teléfono", "contactMode.text": "mensaje",
        "contactMode.video": "video", "contactMode.meeting": "reunión", "contactMode.homeVisit": "visita al hogar",
        "role.mother": "madre", "role.father": "padre", "role.guardian": "tutor/a",
        "parentStatus.open": "abierto", "parentStatus.closed": "cerrado",
        "userRole.ally": "aliado/a", "userRole.supervisor": "supervisor/a", "userRole.admin": "administrador/a",
        "caseOutcome.reunified": "reunificación", "caseOutcome.adoption": "adopción", "caseOutcome.guardianship": "tutela",
        "caseOutcome.dismissed": "desestimado", "caseOutcome.other": "otro",
        "placement.home": "en casa", "placement.relative": "con familiares", "placement.foster": "hogar de acogida",
        "placement.group": "hogar grupal", "placement.other": "otro",
        "followUpKind.firstCall": "primera llamada", "followUpKind.hearingReminder": "recordatorio de audiencia",
        "followUpKind.checkIn": "seguimiento", "followUpKind.classInvitation": "invitación a Dependencia 101",
        "referral.treatment": "tratamiento", "referral.housing": "vivienda", "referral.visitation": "visitas",
        "referral.parenting_class": "clase de crianza", "referral.legal_aid": "asistencia legal",
        "referral.domestic_violence_services": "servicios de violencia doméstica",
        "hearingType.shelter-72": "Custodia protectora (72 horas)", "hearingType.shelter-30": "Revisión de custodia (30 días)",
        "hearingType.fact-finding": "Determinación de hechos", "hearingType.disposition": "Disposición",
        "hearingType.review": "Revisión de dependencia", "hearingType.permanency": "Planificación de permanencia",
        "hearingType.termination": "Terminación (TPR)", "hearingType.other": "Otra",
        "hearingTypeShort.shelter-72": "Custodia 72h", "hearingTypeShort.shelter-30": "Custodia 30d",
        "hearingTypeShort.fact-finding": "Hechos", "hearingTypeShort.disposition": "Disposición",
        "hearingTypeShort.review": "Revisión", "hearingTypeShort.permanency": "Permanencia",
        "hearingTypeShort.termination": "Terminación", "hearingTypeShort.other": "Otra",
        "newKind.case": "caso: padres y primera audiencia", "newKind.hearing": "audiencia de este caso",
        "newKind.parent": "persona que se une a este caso", "newKind.dependency101": "sesión de Dependencia 101 u otro curso",
        "pane.docket": "Audiencias", "pane.unassigned": "Sin asignar", "pane.overdue": "Atrasados",
        "fit.caseload": "{open}/{limit}",
    ]
}
