.class public Lfixture/imei/ByGetImei;
.super Ljava/lang/Object;
.source "ByGetImei.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    invoke-virtual {p0}, Landroid/telephony/TelephonyManager;->getImei()Ljava/lang/String;
    return-void
.end method
