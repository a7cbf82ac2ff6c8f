.class public Lfixture/wifimac/ByInterface;
.super Ljava/lang/Object;
.source "ByInterface.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    invoke-virtual {p0}, Ljava/net/NetworkInterface;->getHardwareAddress()[B
    return-void
.end method
