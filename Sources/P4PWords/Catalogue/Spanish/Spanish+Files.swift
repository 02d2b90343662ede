/// Los archivos que el programa lee y escribe: la importación del calendario de la corte y su
/// resumen, las copias de seguridad, las restauraciones y lo que dijo el sistema operativo.
extension SpanishCatalogue {
    static let files: [W: String] = [
        "importReport.file": "{file}: {rows}.",
        "importReport.fileDay": "{file}: {rows}, {day}.",
        "importReport.fileDays": "{file}: {rows}, del {from} al {to}.",
        "importReport.added": "Agregados: {cases}, {parents}, {hearings}.",
        "importReport.updated": "Actualizadas: {hearings}.",
        "importReport.updatedMoved": "Actualizadas: {hearings} ({moved} pasaron a otro día).",
        "importReport.leftAlone": "Sin cambios, ya registrados: {hearings}, {parents}.",
        "importReport.notParents": "No son madres ni padres, se omitieron: {rows} ({roles}).",
        "importReport.roleCount": "{role} {count}",
        "importReport.unrecognised": "Rol de la parte no reconocido, se omitió (revíselo): {lines}.",
        "importReport.duplicates": "Duplicados, importados una sola vez: {list}.",
        "importReport.duplicate": "línea {line} (igual a la línea {sameAs})",
        "importReport.unknownTypes": "Tipos de audiencia desconocidos, importados como Otra: {list}.",
        "importReport.unknownType": "\"{text}\" ({lines})",
        "importReport.teachAlias": "  Enséñele uno con `p4p import alias \"TEXTO\" CÓDIGO`; `p4p import aliases` lista los conocidos.",
        "importReport.rejected": "Rechazadas: {rows}, no importadas:",
        "importReport.rejectedLine": "  línea {line}: {reasons}",
        "importReport.dryRun": "Prueba: no se escribió nada.",
        "importReport.saved": "Guardado en una sola transacción; se volvieron a planificar los seguimientos de {cases}.",
        "importReport.nothingNew": "Nada nuevo: no se escribió nada.",
        "importReport.row.one": "{count} fila", "importReport.row.other": "{count} filas",
        "importReport.case.one": "{count} caso", "importReport.case.other": "{count} casos",
        "importReport.parent.one": "{count} madre o padre", "importReport.parent.other": "{count} madres y padres",
        "importReport.hearing.one": "{count} audiencia", "importReport.hearing.other": "{count} audiencias",
        "importReport.lines.one": "línea {list}", "importReport.lines.other": "líneas {list}",

        "importReject.missing": "sin {column}",
        "importReject.bad": "{column}: valor no válido",
        "importReject.badShown": "{column}: valor no válido \"{text}\"",
        "importReject.tooLong": "{column} tiene más de {limit} caracteres",
        "importReject.runsOn": "{columns} sigue hasta la línea {line} (¿{why}?)",
        "importReject.unclosedQuote": "hay comillas sin cerrar",
        "importReject.textAfterQuote": "hay texto después de cerrar comillas (un campo entre comillas debe terminar en una coma)",

        "importFile.notText": "no es texto UTF-8; exporte el calendario como CSV (UTF-8)",
        "importFile.empty": "está vacío; no tiene fila de encabezado",
        "importFile.missingColumns": "no es un calendario de la corte: no hay columna para {names} "
            + "(la fila de encabezado de un calendario nombra {all})",
        "importFile.malformedHeader": "no se puede leer: línea {line}, la fila de encabezado: {reason}",

        "calendarColumn.date": "fecha", "calendarColumn.time": "hora", "calendarColumn.courtroom": "sala",
        "calendarColumn.caseNumber": "número de caso", "calendarColumn.hearingType": "tipo de audiencia",
        "calendarColumn.partyName": "nombre de la parte", "calendarColumn.partyRole": "rol de la parte",
        "calendarColumn.judicialOfficer": "juez/a", "calendarColumn.interpreter": "intérprete",

        "partyKind.GAL": "GAL (tutor ad litem)", "partyKind.CASA": "CASA", "partyKind.attorney": "abogado/a",
        "partyKind.social worker": "trabajador/a social", "partyKind.child": "niño/a", "partyKind.caregiver": "cuidador/a",
        "partyKind.tribe": "tribu", "partyKind.interpreter": "intérprete",

        "auditChain.intact.one": "El registro de auditoría está intacto: {count} entrada, enlazada con la anterior.",
        "auditChain.intact.other": "El registro de auditoría está intacto: {count} entradas, cada una enlazada con la anterior.",
        "auditChain.broken": "El registro de auditoría está roto en la entrada {id} (escrita el {at}): su hash ({stored}) no es "
            + "el que dan su contenido y la entrada anterior ({expected}). Esa entrada, o una anterior, se cambió, se borró o "
            + "se insertó fuera de P4P Desk; las entradas anteriores enlazan bien. Compárelo con una copia de seguridad para ver qué había.",

        "file.runAsOwner": "permiso denegado; ejecute p4p como dueño del archivo",
        "file.auditUnprotected": "su registro de auditoría ya no está protegido (falta o cambió una salvaguarda), así que su "
            + "historial pudo haberse reescrito; restaure una copia de seguridad. No se cambió nada",
        "file.folderNotMade": "no se puede crear su carpeta {folder}",
        "file.folderNotMadeReadOnly": "no se puede crear su carpeta {folder}, porque {existing} es de solo lectura",
        "file.notABackup": "no es una copia de seguridad de P4P Desk",
        "file.notOpenable": "no es una base de datos de P4P Desk que esta versión pueda abrir; no se escribió nada",
        "file.cannotCreateHere": "no se puede crear el archivo aquí ({reason})",
        "file.nothingWritten": "{reason}; no se escribió nada",
        "file.copyUnreadable": "no se puede leer la copia que se iba a cifrar",
        "file.backupNotWritten": "no se pudo escribir la copia de seguridad ({reason})",

        "system.permissionDenied": "permiso denegado",
        "system.diskFull": "no queda espacio en el disco",
        "system.readOnly": "el disco es de solo lectura",
        "system.noSuchFolder": "no existe ese archivo o carpeta",
        "system.exists": "ya hay algo ahí",

        "sealed.wrongPassphrase": "la frase de contraseña no la abre (o se cambió su encabezado)",
        "sealed.damaged": "se cambió, se dañó o se cortó desde que se hizo",
        "sealed.cutShort": "está cortada: le falta el final",
        "sealed.newerVersion": "la hizo una versión más nueva de P4P Desk",
        "sealed.badHeader": "su encabezado está dañado",

        "load.record": "{kind} {id}",
        "load.recordAt": "{kind} en la posición {position}",
        "load.parentOnCase": "Madre o padre {parent} en el caso {case}",
        "load.parentAtHearing": "Madre o padre {parent} en la audiencia {hearing}",
        "load.parentInClass": "Madre o padre {parent} en la clase {session}",
        "load.kind.ally": "Aliado/a", "load.kind.case": "Caso", "load.kind.parent": "Madre o padre", "load.kind.child": "Niño/a", "load.kind.childMove": "Cambio del niño/a",
        "load.kind.hearing": "Audiencia", "load.kind.contact": "Contacto", "load.kind.referral": "Referido",
        "load.kind.followUp": "Seguimiento", "load.kind.classSession": "Clase", "load.kind.auditEntry": "Entrada del registro de auditoría",
    ]
}
