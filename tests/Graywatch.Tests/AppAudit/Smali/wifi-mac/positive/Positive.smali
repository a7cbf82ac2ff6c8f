.class public Lfixture/wifimac/Positive;
.super Ljava/lang/Object;
.source "Positive.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    invoke-virtual {p0}, Landroid/net/wifi/WifiInfo;->getMacAddress()Ljava/lang/String;
    return-void
.end method
