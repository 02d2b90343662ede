extension SpanishCatalogue {
    /// Lo que el tribunal registró de cada padre o madre, los cursos y el registro de cada audiencia.
    static let courtRecord: [W: String] = [
        "course.dependency-101": "Dependencia 101",
        "course.dependency-201": "Dependencia 201",
        "course.support-group": "Grupo de apoyo para padres",
        "field.course": "Curso",
        "field.attended": "  Asistencia",
        "field.servicesCompliance": "  Servicios",
        "field.visitationCompliance": "  Visitas",
        // Primeras letras distintas: una tecla elige cada una.
        "attendance.present": "presente",
        "attendance.absent": "ausente",
        "detail.servicesFinding": "servicios: {finding}",
        "detail.visitationFinding": "visitas: {finding}",
        "compliance.compliant": "cumple",
        "compliance.partially": "parcialmente",
        "compliance.notCompliant": "no cumple",
        "compliance.notAddressed": "sin tratar",
        "invalid.chooseActiveCourse": "Elija un curso activo",
        "invalid.metButAbsent": "Un padre o madre atendido en la sala estaba presente",
        "help.mark.deadlineAtRisk": "{mark} tras la hora de una audiencia por venir: el próximo plazo judicial del caso se acerca sin audiencia fijada a tiempo (el expediente dice cuál)",
        "help.mark.record": "Tras la hora de una audiencia: {held} celebrada, {continued} aplazada, {cancelled} cancelada, {notRecorded} una audiencia pasada que nadie registró",
    ]
}
