.class public Lfixture/location/Positive;
.super Ljava/lang/Object;
.source "Positive.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    const-string v0, "gps"
    invoke-virtual {p0, v0}, Landroid/location/LocationManager;->getLastKnownLocation(Ljava/lang/String;)Landroid/location/Location;
    return-void
.end method
