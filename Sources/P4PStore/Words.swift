// The store's API speaks in days, times and phrases, which live in P4PWords; whoever imports the
// store gets them too, as if they were the store's own.
@_exported import P4PWords
