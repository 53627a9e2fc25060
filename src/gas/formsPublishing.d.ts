/**
 * Google added publishing to FormApp in 2025 (forms created by scripts after mid-2026 start
 * unpublished unless asked otherwise): FormApp.create(title, isPublished), Form.isPublished(),
 * Form.setPublished(). @types/google-apps-script 2.0.13 predates them, so they are declared
 * here by interface merging; the ports' guards then check against these declarations.
 */
declare namespace GoogleAppsScript {
  namespace Forms {
    interface FormApp {
      create(title: string, isPublished: boolean): Form;
    }
    interface Form {
      isPublished(): boolean;
      setPublished(enabled: boolean): Form;
    }
  }
}
