.class public Lfixture/imsi/Positive;
.super Ljava/lang/Object;
.source "Positive.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    invoke-virtual {p0}, Landroid/telephony/TelephonyManager;->getSubscriberId()Ljava/lang/String;
    return-void
.end method
