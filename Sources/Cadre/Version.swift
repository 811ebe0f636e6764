/// Cadre's release: `cadre --version` prints it. The minor number counts the development
/// sessions that landed; formats carry versions of their own (`cadre/1`, ...).
public let version = "0.11.0"
