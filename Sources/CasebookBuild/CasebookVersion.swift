/// The version of casebook, the one place it is written: `casebook --version` prints it.
public enum CasebookVersion {
    public static let current = "0.1.0"
}
