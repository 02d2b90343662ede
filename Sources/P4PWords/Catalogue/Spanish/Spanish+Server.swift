/// Lo que se dice de un servidor PostgreSQL: su dirección, su contraseña, la conexión.
extension SpanishCatalogue {
    static let server: [W: String] = [
        "server.notAnAddress": "\"{text}\" no es la dirección de un servidor; escriba postgres://ROL@SERVIDOR:PUERTO/BASE",
        "server.passwordInAddress": "\"{text}\" lleva una contraseña, y una línea de órdenes la ve cualquier usuario de esta computadora; quítela y póngala en ~/.pgpass (o en el archivo que indique $PGPASSFILE), o escríbala cuando se le pida",
        "server.badPort": "\"{text}\" indica un puerto fuera de 1–65535",
        "server.unknownSetting": "\"{text}\" tiene el ajuste {name}, que P4P Desk no conoce; solo se lee sslmode",
        "server.badTLSMode": "\"{text}\" tiene sslmode={mode}; escriba disable, prefer, require, verify-ca o verify-full",
        "server.passwordFileOpen": "{path} lo pueden leer otros usuarios, así que sus contraseñas no se usan; corríjalo con `chmod 600 {path}`",
        "server.passwordPrompt": "Contraseña de {role} en {host}: ",
        "server.cannotConnect": "No se puede conectar con el servidor en {address}: {reason}. No se cambió nada.",
        "server.refused": "El servidor en {address} rechazó el cambio: {reason}. No se cambió nada.",
        "server.refusedPassword": "El servidor en {address} rechazó la contraseña de {role}. No se cambió nada.",
        "server.needsPassword": "El servidor en {address} pide una contraseña para {role}, y no se encontró ninguna en el archivo de contraseñas ni se escribió.",
        "server.notEmpty": "La organización {organization} en {address} ya tiene registros ({table}); un archivo se copia solo a una organización sin ninguno. Nombre otra con --organization. No se cambió nada.",
        "server.schemaOutOfDate": "La base de datos en {address} la hizo otra versión de P4P Desk, y {role} no puede cambiar sus tablas; su propietario la pone al día con `p4p init --db` y la dirección del propietario. No se cambió nada.",
        "server.noIdentity": "{path} no tiene identidad de base de datos; ábralo una vez con esta versión de P4P Desk y luego cópielo. No se cambió nada.",
        "server.alreadyMovedIn": "{path} ya se copió a {address}, como la organización {organization}, el {date}; un archivo entra una sola vez. No se cambió nada.",
        "server.listDiffers": "La lista de {table} del archivo tiene {code} donde el servidor en {address} tiene {other}; las listas deben coincidir antes de que el archivo pueda entrar. No se cambió nada.",
        "server.noSuchRole": "El servidor en {address} no tiene un rol llamado {role}; créelo primero (createuser {role}). No se cambió nada.",
        "server.noOrganization": "El rol {role} en {address} no pertenece a ninguna organización, y la base de datos tiene varias; conéctese con el rol de su organización, o pida a quien administra el servidor que le asigne una a {role} (p4p organization). No se cambió nada.",
        "server.chainBroken": "El registro de auditoría copiado a {address} no se verifica en la entrada {entry}; la copia se deshizo. No se cambió nada.",
        "server.tlsRequired": "El servidor en {address} no ofrece una conexión cifrada, y sslmode=require la exige. No se cambió nada.",
    ]
}
