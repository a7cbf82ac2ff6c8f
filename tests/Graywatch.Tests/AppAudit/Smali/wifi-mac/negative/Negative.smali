.class public Lfixture/wifimac/Negative;
.super Ljava/lang/Object;
.source "Negative.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    invoke-static {p0}, Lfixture/wifimac/Negative;->getMacAddress(Ljava/lang/Object;)Ljava/lang/String;
    const-string v0, "getMacAddress"
    invoke-virtual {p0}, Landroid/net/wifi/WifiInfo;->getSSID()Ljava/lang/String;
    return-void
.end method
