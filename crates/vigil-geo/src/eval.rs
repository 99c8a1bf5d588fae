//! GeoWebNews scoring (filled in below).
