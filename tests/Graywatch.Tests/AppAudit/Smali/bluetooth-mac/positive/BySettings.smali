.class public Lfixture/bluetoothmac/BySettings;
.super Ljava/lang/Object;
.source "BySettings.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    const-string v0, "bluetooth_address"
    invoke-static {p0, v0}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    return-void
.end method
