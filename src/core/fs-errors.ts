// File-system errors in words a user can act on.

/** Why a file or folder could not be read; `missing` says what ENOENT means where it happened. */
export function fsErrorReason(err: unknown, missing = "no such file or folder"): string {
  const e = err as NodeJS.ErrnoException | undefined;
  switch (e?.code) {
    case "ENOENT":
      return missing;
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a folder";
    case "ENOTDIR":
      return "not a folder";
    case "ELOOP":
      return "symbolic link loop";
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
