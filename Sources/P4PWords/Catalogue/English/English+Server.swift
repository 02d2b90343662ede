/// What is said about a PostgreSQL server: its address, its password, the link to it.
extension EnglishCatalogue {
    static let server: [W: String] = [
        "server.notAnAddress": "\"{text}\" is not a server address; write postgres://ROLE@HOST:PORT/DATABASE",
        "server.passwordInAddress": "\"{text}\" has a password in it, and a command line is seen by every user of this computer; take it out and put it in ~/.pgpass (or the file $PGPASSFILE names), or type it when asked",
        "server.badPort": "\"{text}\" names a port outside 1–65535",
        "server.unknownSetting": "\"{text}\" has the setting {name}, which P4P Desk does not know; only sslmode is read",
        "server.badTLSMode": "\"{text}\" has sslmode={mode}; write disable, prefer, require, verify-ca or verify-full",
        "server.passwordFileOpen": "{path} can be read by other users, so its passwords are not used; fix with `chmod 600 {path}`",
        "server.passwordPrompt": "Password for {role} at {host}: ",
        "server.cannotConnect": "Cannot reach the server at {address}: {reason}. Nothing was changed.",
        "server.refused": "The server at {address} refused the change: {reason}. Nothing was changed.",
        "server.refusedPassword": "The server at {address} refused the password for {role}. Nothing was changed.",
        "server.needsPassword": "The server at {address} asks for a password for {role}, and none was found in the password file or typed.",
        "server.notEmpty": "The organization {organization} at {address} already holds records ({table}); a file is copied only into an organization with none. Name another with --organization. Nothing was changed.",
        "server.schemaOutOfDate": "The database at {address} was made by another version of P4P Desk, and {role} may not change its tables; its owner brings it up to date with `p4p init --db` and the owner's address. Nothing was changed.",
        "server.noIdentity": "{path} has no database identity; open it once with this version of P4P Desk, then copy it. Nothing was changed.",
        "server.alreadyMovedIn": "{path} was already copied to {address}, as the organization {organization}, on {date}; a file goes in once. Nothing was changed.",
        "server.listDiffers": "The file's list of {table} has {code} where the server at {address} has {other}; the lists must agree before the file can go in. Nothing was changed.",
        "server.noSuchRole": "The server at {address} has no role named {role}; make it first (createuser {role}). Nothing was changed.",
        "server.noOrganization": "The role {role} at {address} is no organization's, and the database holds several; connect with your organization's role, or ask who runs the server to give {role} one (p4p organization). Nothing was changed.",
        "server.chainBroken": "The audit log copied to {address} does not verify at entry {entry}; the copy was undone. Nothing was changed.",
        "server.tlsRequired": "The server at {address} does not offer an encrypted link, and sslmode=require asks for one. Nothing was changed.",
    ]
}
